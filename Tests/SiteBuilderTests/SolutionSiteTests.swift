import ContentLoader
import Foundation
import JourneyAnalysis
import SiteBuilder
import Testing
import TestSupport

/// Solutions: what a team builds to deliver opportunities, followed across journeys.
@Suite("Solutions")
struct SolutionSiteTests {
    let site = FixtureSite()

    init() {
        site.folder.write("Content/journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "-1", extra: """
            pain_points: [{ text: Busy line, severity: high, id: busy-line }, { text: Cold bread, id: cold-bread }]
            opportunities: [{ text: Call-back slots, id: call-back, addresses: [busy-line] }]

            """))
        // Purchase was at −2 in the snapshot of 2026-06-30, before the solution shipped.
        site.folder.write("Content/history/2026-Q2.json", """
            { "format": "journeymap-snapshot-1", "label": "2026-Q2", "date": "2026-06-30",
              "journeys": { "bread": { "score": -1, "stages": { "purchase": { "score": -2 } } } } }
            """)
        site.folder.write("Content/solutions/call-back.md", """
            ---
            title: Call-back service
            owner: Support
            status: done
            started: 2026-05-01
            shipped: 2026-07-15
            delivers: [call-back]
            ---
            Customers book a call instead of waiting.

            """)
    }

    private func page(_ path: String) -> String { site.folder.read("_site/" + path) ?? "" }

    @Test func aSolutionsPageShowsWhatItDeliversAddressesAndMoved() throws {
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let html = page("solutions/call-back.html")
        #expect(html.contains("<h1>Call-back service</h1>"))
        #expect(html.contains("<a href=\"../journeys/bread/purchase.html\">Call-back slots</a>"))
        #expect(html.contains("<span class=\"badge badge-high\">high</span> <a href=\"../journeys/bread/purchase.html\">Busy line</a>"))
        #expect(!html.contains("Cold bread"))
        #expect(html.contains("Change since 2026-Q2"))
        #expect(html.contains("<span class=\"delta delta-positive\">▲ +1</span> <span class=\"source\">2026-Q2: −2</span>"))
        let list = page("solutions.html")
        #expect(list.contains("<a href=\"solutions/call-back.html\">Call-back service</a>"))
        #expect(page("index.html").contains(">Solutions</a>"))
    }

    @Test func theBaselineIsTheLastSnapshotBeforeShipping() throws {
        site.folder.write("Content/solutions/call-back.md", "---\ntitle: Call-back service\nshipped: 2026-06-01\ndelivers: [call-back]\n---\n")
        #expect(site.build().succeeded)
        #expect(page("solutions/call-back.html").contains("No snapshot is dated on or before 2026-06-01, when it shipped"))
        let result = ContentLoader(root: site.folder.url.appendingPathComponent("Content")).load()
        let progress = try #require(SiteAnalysis(content: result.content).solutionProgress.first)
        #expect(progress.baseline == nil && progress.stages.map(\.now) == [-1])
    }

    @Test func deliversNamesOpportunitiesByTheirIds() throws {
        site.folder.write("Content/solutions/call-back.md", """
            ---
            title: Call-back service
            started: 01/05/2026
            delivers: [call-bak, busy-line]
            ---

            """)
        let diagnostics = site.build().diagnostics
        let typo = try #require(diagnostics.first { $0.message == "no opportunity has the id 'call-bak'" })
        #expect(typo.hint == "did you mean 'call-back'?" && typo.location.line == 4)
        #expect(diagnostics.contains { $0.message.hasPrefix("'busy-line' is a pain point's id; 'delivers' names opportunities") })
        #expect(diagnostics.contains { $0.message == "'started' is '01/05/2026', not a day written YYYY-MM-DD" })
    }
}
