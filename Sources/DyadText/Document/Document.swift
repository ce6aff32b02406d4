/// One news document: an identifier, the day it was published and its text.
///
/// Every reader (seed-shaped text files, JSON Lines, stdin) produces this one shape, so the rest of
/// the pipeline never knows where a document came from — except for error messages, which name
/// `origin`.
public struct Document: Sendable, Hashable {
    /// The document id: the file name without extension for text files, `id` for JSON Lines.
    public var id: String
    /// The publication day; relative dates resolve against it. Nil when the input gives none.
    public var date: Day?
    /// The article text, exactly as given (offsets in output refer to it).
    public var text: String
    /// Where the document was read from, for messages: `file` or `file:line`.
    public var origin: String
    /// Optional metadata that JSON Lines inputs may carry (title, url, source/outlet).
    public var title: String?
    public var url: String?
    public var outlet: String?

    public init(
        id: String, date: Day?, text: String, origin: String, title: String? = nil, url: String? = nil,
        outlet: String? = nil
    ) {
        self.id = id
        self.date = date
        self.text = text
        self.origin = origin
        self.title = title
        self.url = url
        self.outlet = outlet
    }
}
