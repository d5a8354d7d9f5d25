import Foundation
import JourneyModel
@testable import SiteRenderer
import Testing
import TestSupport

@Suite("Loading templates")
struct TemplateSetTests {
    /// A folder with the four page templates, each a line of text.
    private func minimalTemplates() -> TemporaryFolder {
        let folder = TemporaryFolder()
        for page in TemplateSet.pageTemplates { folder.write("\(page).mustache", "<p>\(page)</p>\n") }
        return folder
    }

    @Test func theDefaultTemplatesLoadCleanly() {
        let (templates, diagnostics) = TemplateSet.load(from: repositoryRoot.appendingPathComponent("Templates"), displayRoot: "Templates")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(templates?.assets.contains("style.css") == true)
    }

    @Test func aSyntaxErrorNamesTheTemplateLineAndColumn() throws {
        let folder = minimalTemplates()
        folder.write("stage.mustache", "<h1>{{title}}</h1>\n{{#stages}}\n<p>{{name}}</p>\n{{/stagez}}\n")
        let (templates, diagnostics) = TemplateSet.load(from: folder.url, displayRoot: "Templates")
        #expect(templates == nil)
        let error = try #require(diagnostics.first)
        #expect(error.location.file == "Templates/stage.mustache")
        #expect(error.location.line == 4)
        #expect(error.message.contains("closed with another name"))
    }

    @Test func aMissingPartialIsAnErrorAtItsTag() {
        let folder = minimalTemplates()
        folder.write("journey.mustache", "<main>\n  {{> partials/lanes }}\n</main>\n")
        let (_, diagnostics) = TemplateSet.load(from: folder.url, displayRoot: "Templates")
        #expect(diagnostics.map(\.description).contains { $0.hasPrefix("Templates/journey.mustache:2:3: error: the template uses 'partials/lanes'") })
    }

    @Test func theSharedSiteHeaderNeedsItsPartial() {
        let folder = minimalTemplates()
        folder.write("layout.mustache", "<body>\n{{{siteHeader}}}<main>{{$content}}{{/content}}</main>\n</body>\n")
        let (_, diagnostics) = TemplateSet.load(from: folder.url, displayRoot: "Templates")
        #expect(diagnostics.map(\.description).contains { $0.hasPrefix("Templates/layout.mustache:2:1: error: the template uses 'partials/header'") })
    }

    @Test func aMissingPageTemplateIsAnError() {
        let folder = minimalTemplates()
        try? FileManager.default.removeItem(at: folder.url.appendingPathComponent("persona.mustache"))
        let (_, diagnostics) = TemplateSet.load(from: folder.url, displayRoot: "T")
        #expect(diagnostics.map(\.message) == ["the templates folder has no persona.mustache"])
    }

    @Test func scansPartialAndParentTags() {
        let references = PartialReference.scan("{{<layout}}\n{{$content}} {{> partials/card }}{{/content}}\n{{/layout}}")
        #expect(references == [PartialReference(name: "layout", line: 1, column: 1),
                               PartialReference(name: "partials/card", line: 2, column: 14)])
    }
}
