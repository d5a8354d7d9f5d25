import ContentLoader
import JourneyModel
import TestSupport

/// Loads a content folder written by a test.
func load(_ folder: TemporaryFolder, drafts: Bool = false) -> ContentLoader.Result {
    ContentLoader(root: folder.url, displayRoot: "Content", includeDrafts: drafts).load()
}

extension ContentLoader.Result {
    /// `file:line:column: severity: message` for each diagnostic, for compact assertions.
    var lines: [String] { diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message)" } }

    /// The diagnostic whose message contains `text`.
    func diagnostic(containing text: String) -> Diagnostic? {
        diagnostics.first { $0.message.contains(text) }
    }
}
