import ContentLoader
import Foundation
import JourneyModel
import SiteWriter

/// Where a build reads from and writes to, and its switches.
public struct BuildOptions: Sendable {
    public var content: String
    /// The site's own templates folder as given (`--templates`); nil to look for one (see `templatesFolder`).
    public var templates: String?
    public var output: String
    /// Whether journeys marked `draft: true` are built.
    public var includeDrafts: Bool
    /// Whether a non-empty output folder journeymap did not create may be taken over.
    public var force: Bool
    /// Whether every warning is an error (`--strict`; `strict: true` in site.yml does the same).
    public var strict = false
    /// Counts the files as they are written, for a progress display.
    public var progress: WriteProgress?
    /// The revision whose changes the site shows on a page of its own (`--compare-with`).
    public var compareWith: String?
    /// The commit `compareWith` names, once the build resolved it: part of the cache's fingerprint.
    var comparedCommit: String?

    public init(content: String = "Content", templates: String? = nil, output: String = "_site",
                includeDrafts: Bool = false, force: Bool = false) {
        self.content = content
        self.templates = templates
        self.output = output
        self.includeDrafts = includeDrafts
        self.force = force
    }

    /// The site's own templates folder, laid over the built-in theme: `templates`, else
    /// `templates:` in site.yml (relative to the content folder), else `Templates` beside the
    /// content folder when there is one; nil for the built-in theme alone.
    ///
    /// A folder named by `--templates` or site.yml that does not exist is returned all the same,
    /// so that the build reports it.
    public func templatesFolder() -> String? {
        if let templates { return templates }
        if let setting = ContentLoader.templatesSetting(in: URL(fileURLWithPath: content)) {
            return setting.hasPrefix("/") ? setting : (content as NSString).appendingPathComponent(setting)
        }
        return FileTree.isFolder(defaultTemplatesFolder) ? defaultTemplatesFolder : nil
    }

    /// `Templates` beside the content folder, as a path relative to where the tool runs when the
    /// content folder is: `Templates` for `Content`, `docs/cx/Templates` for `docs/cx/Content`.
    public var defaultTemplatesFolder: String {
        let parent = (content as NSString).deletingLastPathComponent
        if content == "." || content == "./" { return "../Templates" }
        return parent.isEmpty ? "Templates" : (parent as NSString).appendingPathComponent("Templates")
    }
}
