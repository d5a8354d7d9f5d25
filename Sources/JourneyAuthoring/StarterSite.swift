import Foundation
import JourneyModel

/// A new site folder: `Content/` with a starter journey to edit, and `Templates/`, a copy of the
/// default templates, so that `journeymap build` run inside it works at once.
public enum StarterSite {
    /// Creates the site in `site` from the templates folder `templates` (named `templatesDisplay`
    /// in messages). Writes nothing when a file exists already or there are no templates.
    @discardableResult
    public static func create(in site: NewFiles, templates: URL, templatesDisplay: String) throws -> [String] {
        let templateFiles = FileTree.regularFiles(under: templates).map { path in
            OutputFile(path: "Templates/\(path)", contents: .copy(templates.appendingPathComponent(path)))
        }
        guard !templateFiles.isEmpty else {
            throw AuthoringError("there are no templates in \(templatesDisplay) to copy",
                                 hint: "point --templates at journeymap's Templates folder")
        }
        let content = contentFiles.map { OutputFile(path: "Content/\($0.path)", contents: $0.contents) }
        return try site.create(content + templateFiles)
    }

    /// The starter content: `site.yml`, a persona, a journey of four scored stages, and `assets/`.
    static var contentFiles: [OutputFile] {
        let persona = PersonaDraft(name: "Alex Morgan")
        let journey = JourneyDraft(
            slug: "first-order", title: "Placing a first order", personas: [persona.slug],
            summary: "A starter journey: edit its notes, or add a journey with `journeymap new journey`.",
            stages: [StageDraft(name: "Awareness", emotion: 1), StageDraft(name: "Consideration", emotion: 0.5),
                     StageDraft(name: "Purchase", emotion: -1), StageDraft(name: "Loyalty", emotion: 1.5)])
        return [OutputFile(path: "site.yml", text: siteSettings), persona.file]
            + journey.files(scale: EmotionScale()) + [OutputFile(path: "assets/.gitkeep", text: "")]
    }

    /// `site.yml`, with every key explained.
    static let siteSettings = """
        # The site's settings; docs/content-format.md in the journeymap repository lists them all.
        title: Customer journeys          # the home page heading, part of every page's title
        language: en                      # en or fr: the language of the site's own words
        # description: …                  # shown under the title, and as every page's description
        # base_url: https://intranet.example.com/cx/journeys/   # where the site is published
        scale:                            # the emotion scale every score is written on
          min: -2
          max: 2
          labels: { -2: Frustrated, -1: Unhappy, 0: Neutral, 1: Pleased, 2: Delighted }
        allow_raw_html: false             # true passes raw HTML in Markdown through

        """
}
