import ContentLoader
import Foundation
import JourneyModel

/// What authoring needs to know about an existing content folder: its settings and personas.
public struct ContentFacts: Sendable {
    /// Whether the folder has a `site.yml`; without it, the defaults below stand in.
    public var hasSite: Bool
    /// The site's settings (`Site` defaults when `site.yml` is missing).
    public var site: Site
    /// The personas that load, sorted by slug.
    public var personas: [Persona]
    /// Every journey that loads, drafts included.
    public var journeys: [Journey]
    /// The loader's diagnostics for the whole folder.
    public var diagnostics: [Diagnostic]

    /// Loads the content folder at `root` (which may not exist yet).
    public init(root: URL, displayRoot: String) {
        hasSite = FileManager.default.fileExists(atPath: root.appendingPathComponent("site.yml").path)
        let result = ContentLoader(root: root, displayRoot: displayRoot, includeDrafts: true).load()
        site = result.content.site
        personas = result.content.personas
        journeys = result.content.journeys
        diagnostics = result.diagnostics
    }

    /// The language the site's own words are in.
    public var language: ContentLanguage {
        ContentLanguage(rawValue: site.language) ?? .en
    }
}
