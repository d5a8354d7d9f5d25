/// Some of a site's journeys, read alone by a load whose caller knows the others do not matter:
/// the others are named (a journey may `compare` with them) but not read, and survey and
/// feedback rows about them are not reported as rejected.
public struct JourneySubset: Sendable, Equatable {
    /// The slugs of the journeys that are read.
    public var loaded: Set<String>
    /// The slugs of every journey folder of the site, the unread ones included, sorted.
    public var all: [String]

    public init(loaded: Set<String>, all: [String]) {
        self.loaded = loaded
        self.all = all
    }

    /// The journeys that are not read.
    var unread: [String] { all.filter { !loaded.contains($0) } }
}
