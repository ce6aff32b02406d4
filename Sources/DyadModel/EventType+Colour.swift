#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One colour per event type, the same on every page of the dashboard and in GeoJSON exports, so
/// that a legend read on one view holds on every other.
///
/// The colours come from palettes made for readers with colour-vision deficiencies (Okabe–Ito and
/// Paul Tol's "muted" and "light" sets), grouped by PLOVER's four classes so that even two close
/// colours tell the class apart: blues for verbal cooperation, greens for material cooperation,
/// yellows and oranges for verbal conflict, reds and purples for material conflict, rose for
/// MIGRATE. Every coloured mark also carries the type's name (badges, legends, titles), so colour
/// is never the only cue.
extension EventType {
    /// The type's colour as `#RRGGBB`.
    public var colour: String {
        switch self {
        case .agree: "#0072B2"
        case .consult: "#56B4E9"
        case .support: "#88CCEE"
        case .concede: "#332288"
        case .request: "#77AADD"
        case .cooperate: "#009E73"
        case .aid: "#117733"
        case .retreat: "#44AA99"
        case .accuse: "#E69F00"
        case .reject: "#DDCC77"
        case .threaten: "#F0E442"
        case .protest: "#CC79A7"
        case .sanction: "#999933"
        case .mobilize: "#AA4499"
        case .coerce: "#882255"
        case .assault: "#D55E00"
        case .migrate: "#CC6677"
        }
    }

    /// Black or white, whichever contrasts more with `colour` (WCAG relative luminance): the text
    /// colour of a badge drawn on the type's colour.
    public var textColour: String { Self.textColour(on: colour) }

    /// Black or white, whichever contrasts more with `hex` (`#RRGGBB`).
    public static func textColour(on hex: String) -> String {
        let digits = Array(hex.utf8.dropFirst())
        guard digits.count == 6 else { return "#000" }
        func channel(_ i: Int) -> Double {
            let v = Double(Int(String(decoding: digits[i..<i + 2], as: UTF8.self), radix: 16) ?? 0) / 255
            return v <= 0.03928 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
        // Contrast with black: (L + 0.05) / 0.05; with white: 1.05 / (L + 0.05).
        return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#000" : "#fff"
    }
}
