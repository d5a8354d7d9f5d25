import Foundation
import JourneyModel
import SiteBuilder
import Testing
import TestSupport

/// After every kind of change, a rebuild gives exactly the site a clean build of the same content gives.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    /// Two journeys, the second comparing itself with the first, a survey, an asset and a base URL (so a sitemap).
    private func makeSite() -> FixtureSite {
        let site = FixtureSite()
        site.folder.write("Content/journeys/cake/journey.md", ContentSamples.journey(personas: ["ann"], extra: "state: future\ncompares: bread\n"))
        site.folder.write("Content/journeys/cake/01-awareness.md", ContentSamples.stage("Awareness", emotion: "2", extra: "moood: calm\n"))
        site.folder.write("Content/journeys/cake/02-purchase.md", ContentSamples.stage("Purchase", emotion: "1"))
        site.folder.write("Content/site.yml", ContentSamples.site + "base_url: https://intranet.example.com/cx/\nsurveys:\n  - { file: data/s.csv }\n")
        site.folder.write("Content/data/s.csv", "journey,stage,score\nbread,awareness,4\n")
        site.folder.write("Content/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        return site
    }

    @Test(arguments: [
        ("edit a stage note", true), ("edit a stage note's body", true), ("add a stage note", true), ("delete a stage note", true),
        ("edit the compared journey's stage", true), ("edit the compared journey's stage body", true), ("edit a persona", false), ("edit a journey header", false),
        ("edit the survey", false), ("edit a template", false), ("edit an asset", false),
    ])
    func aRebuildEqualsACleanBuild(change: String, isIncremental: Bool) throws {
        let site = makeSite()
        let (options, templates) = try site.optionsWithOwnTemplates()
        #expect(SiteBuild.run(options).succeeded)

        switch change {
        case "edit a stage note": site.folder.write("Content/journeys/cake/02-purchase.md", ContentSamples.stage("Purchase", emotion: "-2"))
        case "edit a stage note's body": site.folder.write("Content/journeys/cake/02-purchase.md", ContentSamples.stage("Purchase", emotion: "1") + "A *new* finding.\n")
        case "add a stage note": site.folder.write("Content/journeys/cake/03-loyalty.md", ContentSamples.stage("Loyalty", emotion: "0"))
        case "delete a stage note": try FileManager.default.removeItem(at: site.folder.url.appendingPathComponent("Content/journeys/cake/02-purchase.md"))
        case "edit the compared journey's stage": site.folder.write("Content/journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "2"))
        case "edit the compared journey's stage body":
            site.folder.write("Content/journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "-1") + "Queue at the till.\n")
        case "edit a persona": site.folder.write("Content/personas/ann.md", ContentSamples.persona("Annabel"))
        case "edit a journey header": site.folder.write("Content/journeys/bread/journey.md", ContentSamples.journey(personas: ["ann"], extra: "owner: Shop\n"))
        case "edit the survey": site.folder.write("Content/data/s.csv", "journey,stage,score\nbread,awareness,1\n")
        case "edit a template": templates.write("partials/footer.mustache", "<footer class=\"site-footer\"><p>{{site.title}}</p></footer>\n")
        default: site.folder.write("Content/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>New</title></svg>")
        }
        let report = SiteBuild.run(options)
        #expect(report.succeeded && !report.upToDate)
        #expect(report.incremental == isIncremental, "\(change)")
        // Stage notes are taken from the last build unless they changed or what they depend on did:
        // a persona's text, the survey, an asset or a template does not shape a stage; bread's header shapes bread's.
        let reused = ["edit a stage note": 3, "edit a stage note's body": 3, "add a stage note": 4, "delete a stage note": 3,
                      "edit the compared journey's stage": 3, "edit the compared journey's stage body": 3,
                      "edit a journey header": 2][change] ?? 4
        #expect(report.stagesReused == reused, "\(change)")

        let (expected, expectedDiagnostics) = { () -> ([String: String], [Diagnostic]) in
            let output = TemporaryFolder("journeymap-clean")
            var cleanOptions = options
            cleanOptions.output = output.path + "/_site"
            let clean = SiteBuild.run(cleanOptions)
            #expect(clean.succeeded && clean.stagesReused == 0)
            return (FixtureSite.snapshot(of: output, site: "_site"), clean.diagnostics)
        }()
        #expect(report.diagnostics == expectedDiagnostics, "\(change)")
        #expect(report.warnings.contains { $0.message.contains("moood") }, "\(change): a reused note keeps its warning")
        let actual = site.snapshot()
        #expect(actual.keys.sorted() == expected.keys.sorted(), "\(change)")
        for (path, text) in expected where actual[path] != text {
            Issue.record("\(change): \(path) differs from a clean build")
        }
        #expect(SiteBuild.run(options).upToDate, "\(change): the next build has nothing to do")
    }

    @Test func aStageNoteIsReadAgainWhenItsJourneyHeaderChanges() {
        let site = makeSite()
        site.folder.write("Content/personas/bob.md", ContentSamples.persona("Bob"))
        site.folder.write("Content/journeys/cake/journey.md", ContentSamples.journey(personas: ["ann", "bob"]))
        site.folder.write("Content/journeys/cake/02-purchase.md", ContentSamples.stage("Purchase", extra: "emotions: { bob: 2 }\n"))
        #expect(site.build().succeeded)
        site.folder.write("Content/journeys/cake/journey.md", ContentSamples.journey(personas: ["ann"]))
        let report = site.build()
        #expect(report.stagesReused == 2, "bread's notes, whose header did not change")
        #expect(report.errors.map(\.location.description) == [site.options.content + "/journeys/cake/02-purchase.md:4:13"])
    }

    @Test func everyStageNoteIsReadAgainWhenTheSiteSettingsChange() {
        let site = makeSite()
        #expect(site.build().succeeded)
        site.folder.write("Content/site.yml", ContentSamples.site.replacingOccurrences(of: "max: 2", with: "max: 1")
                          + "base_url: https://intranet.example.com/cx/\nsurveys:\n  - { file: data/s.csv }\n")
        let report = site.build()
        #expect(report.stagesReused == 0)
        // cake's awareness scores 2, outside the new scale.
        #expect(report.errors.contains { $0.location.file.hasSuffix("journeys/cake/01-awareness.md") }, "\(report.diagnostics)")
    }

    @Test func aChangedBodyRendersItsJourneyAndTheSearchIndexOnly() throws {
        let site = makeSite()
        #expect(site.build().succeeded)
        let index = site.folder.url.appendingPathComponent("_site/index.html")
        let before = try FileManager.default.attributesOfItem(atPath: index.path)[.modificationDate] as? Date
        site.folder.write("Content/journeys/cake/01-awareness.md", ContentSamples.stage("Awareness", emotion: "2", extra: "moood: calm\n") + "Findings about *scones*.\n")
        let report = site.build()
        #expect(report.incremental)
        #expect(Set(report.templates.map(\.name)) == ["journey", "poster", "report", "stage"])
        #expect(site.folder.read("_site/search-index.json")?.contains("scones") == true)
        #expect(site.folder.read("_site/journeys/cake/awareness.html")?.contains("<em>scones</em>") == true)
        #expect(try FileManager.default.attributesOfItem(atPath: index.path)[.modificationDate] as? Date == before)
    }

    @Test func aChangedBodyLeavesTheJourneysThatCompareAlone() {
        let site = makeSite()
        #expect(site.build().succeeded)
        site.folder.write("Content/journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "-1") + "Queue at the till.\n")
        let report = site.build()
        #expect(report.incremental)
        #expect(report.templates.first { $0.name == "journey" }?.pages == 1, "bread only: cake compares with bread but shows no bread notes")
    }

    @Test func aChangedFieldRendersTheSiteWidePagesToo() {
        let site = makeSite()
        #expect(site.build().succeeded)
        site.folder.write("Content/journeys/cake/01-awareness.md", ContentSamples.stage("Awareness", emotion: "2", extra: "pain_points: [Queue]\n"))
        let report = site.build()
        #expect(report.incremental)
        #expect(report.templates.contains { $0.name == "pain-points" })
    }

    @Test func aChangeInAContentFolderWithLinksGivesAFullBuild() throws {
        let site = makeSite()
        try FileManager.default.createSymbolicLink(atPath: site.folder.path + "/Content/journeys/bread/03-loyalty.md",
                                                   withDestinationPath: "../cake/01-awareness.md")
        #expect(site.build().succeeded)
        site.folder.write("Content/journeys/cake/01-awareness.md", ContentSamples.stage("Awareness", emotion: "-2"))
        let report = site.build()
        #expect(report.succeeded && !report.incremental, "the link shows the note in another journey too")
        #expect(site.folder.read("_site/journeys/bread/loyalty.html")?.contains(">−2</span>") == true)
    }

    @Test func anUntouchedJourneyIsNotRenderedAgain() throws {
        let site = makeSite()
        #expect(site.build().succeeded)
        let page = site.folder.url.appendingPathComponent("_site/journeys/bread/awareness.html")
        let before = try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date
        site.folder.write("Content/journeys/cake/01-awareness.md", ContentSamples.stage("Awareness", emotion: "-1"))
        let report = site.build()
        #expect(report.incremental)
        // bread is compared by cake, not the other way round: its pages stay untouched.
        #expect(try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date == before)
        #expect(report.templates.first { $0.name == "stage" }?.pages == 2)
    }
}
