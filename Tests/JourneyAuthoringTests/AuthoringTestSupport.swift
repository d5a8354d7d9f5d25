import ContentLoader
import Foundation
import JourneyAuthoring
import JourneyModel
import TestSupport

/// A content folder with `site.yml` and the persona `ann` (Ann), for authoring commands to add to.
func sampleContent(site: String = ContentSamples.site) -> TemporaryFolder {
    let folder = TemporaryFolder()
    folder.write("site.yml", site)
    folder.write("personas/ann.md", ContentSamples.persona("Ann"))
    return folder
}

/// The content folder at `root`, loaded with drafts; messages call it `Content`.
func loadContent(_ root: URL) -> ContentLoader.Result {
    ContentLoader(root: root, displayRoot: "Content", includeDrafts: true).load()
}

extension TemporaryFolder {
    /// The authoring commands on this folder, which messages call `Content`.
    var author: ContentAuthor { ContentAuthor(root: url, displayRoot: "Content") }

    /// The folder loaded as a content folder, drafts included.
    func load() -> ContentLoader.Result { loadContent(url) }
}

extension ContentLoader.Result {
    /// The errors, one line each, for assertion messages.
    var errors: [String] { diagnostics.filter { $0.severity == .error }.map(\.description) }
}
