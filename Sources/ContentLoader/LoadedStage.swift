import JourneyModel

/// A stage note as the loader made it: the stage, the problems found in the note itself, and
/// the fingerprints of the bytes it was made from and of what else it depended on.
public struct LoadedStage: Sendable, Equatable {
    public var stage: Stage
    public var diagnostics: [Diagnostic]
    /// The `ContentHash` of the note's bytes as the loader read them.
    public var contentHash: UInt64
    /// The fingerprint of what loading the note depended on besides its bytes (see
    /// `JourneyLoader.stageContext`).
    public var context: UInt64

    public init(stage: Stage, diagnostics: [Diagnostic], contentHash: UInt64, context: UInt64) {
        self.stage = stage
        self.diagnostics = diagnostics
        self.contentHash = contentHash
        self.context = context
    }
}
