// The theme as loaded: compiled Mustache templates, one string table per
// language, and the static assets copied to `Output/assets/`.
import Mustache

public struct Theme: Sendable {
    /// Layouts and partials, registered by file name without extension.
    public var library: MustacheLibrary
    public var strings: StringTables
    /// Files under `Templates/assets/`, by path relative to that folder, sorted.
    public var assets: [ThemeAsset]

    public init(library: MustacheLibrary, strings: StringTables, assets: [ThemeAsset]) {
        self.library = library
        self.strings = strings
        self.assets = assets
    }

    /// The layouts the generator renders pages with; a theme must provide each.
    public static let requiredLayouts = ["home", "source", "report", "metrics", "entity", "404"]
}

public struct ThemeAsset: Sendable, Hashable {
    public var path: String
    public var bytes: [UInt8]
}
