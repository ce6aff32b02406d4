import DyadModel

extension QuantityUnit {
    /// Whether a count in `unit` can measure an event that counts `want` (`events.tsv` unit): the
    /// same unit, two headcounts of civilians on the move, or plain "people" for the dead, the
    /// injured and the arrested.
    static func counts(_ want: String, _ unit: String) -> Bool {
        unit == want || civilianHeadcounts.contains(unit) && civilianHeadcounts.contains(want)
            || unit == people && (want == arrested || want == dead || want == injured)
    }

    /// The unit an event's count is recorded in: "people" counted by an arrest are the arrested.
    static func recorded(_ unit: String?, for want: String) -> String? {
        unit == people && want != people ? want : unit
    }
}
