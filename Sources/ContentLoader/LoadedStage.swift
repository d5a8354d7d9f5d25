import JourneyModel

/// A stage note as the loader made it: the stage, the problems found in the note itself, and
/// the fingerprint of the bytes it was made from.
public struct LoadedStage: Sendable, Equatable {
    public var stage: Stage
    public var diagnostics: [Diagnostic]
    /// The `ContentHash` of the note's bytes as the loader read them.
    public var contentHash: UInt64

    public init(stage: Stage, diagnostics: [Diagnostic], contentHash: UInt64) {
        self.stage = stage
        self.diagnostics = diagnostics
        self.contentHash = contentHash
    }
}
