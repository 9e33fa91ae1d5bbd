// The things metrics and reports are about (cities, zones, the province), and
// what is measured about them.

public struct Entity: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: BilingualText
    /// The entity this one lies within (a zone of a city, a city of the province).
    public var partOf: String?
    public var place: SourcePlace
    /// Charts an editor chose for the entity's dashboard.
    public var charts: [ChartSpec] = []
}

public struct Indicator: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: BilingualText
    public var place: SourcePlace
}
