import Foundation

/// Where a build reads from and writes to, and its switches.
public struct BuildOptions: Sendable {
    public var content: String
    public var templates: String
    public var output: String
    /// Whether journeys marked `draft: true` are built.
    public var includeDrafts: Bool
    /// Whether a non-empty output folder journeymap did not create may be taken over.
    public var force: Bool

    public init(content: String = "Content", templates: String = "Templates", output: String = "_site",
                includeDrafts: Bool = false, force: Bool = false) {
        self.content = content
        self.templates = templates
        self.output = output
        self.includeDrafts = includeDrafts
        self.force = force
    }
}
