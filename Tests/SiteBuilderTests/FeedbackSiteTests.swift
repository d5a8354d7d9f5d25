import Foundation
import SiteBuilder
import Testing
import TestSupport

/// Customer feedback on the pages a stakeholder reads: the map, the stage's page, the register,
/// and in the data files.
@Suite("Customer feedback on the site")
struct FeedbackSiteTests {
    let site = FixtureSite()

    init() {
        site.folder.write("Content/site.yml", ContentSamples.site + "feedback:\n  - { file: data/tickets.csv, channel: support }\n")
        site.folder.write("Content/journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "-1",
                                                                                       extra: "pain_points:\n  - { text: Busy line, id: busy-line }\n"))
        site.folder.write("Content/data/tickets.csv", """
            journey,stage,persona,date,channel,pain,text
            bread,purchase,ann,2026-09-01,,busy-line,First call unanswered
            bread,purchase,,2026-09-03,chat,,Chat closed at 6 pm
            bread,purchase,,2026-09-02,,busy-line,Second call unanswered

            """)
        #expect(site.build().succeeded)
    }

    private func page(_ path: String) -> String { site.folder.read("_site/" + path) ?? "" }

    @Test func theStagePageListsEveryItemTheNewestFirst() throws {
        let html = page("journeys/bread/purchase.html")
        let newest = try #require(html.range(of: "Chat closed at 6 pm")), middle = try #require(html.range(of: "Second call unanswered"))
        let oldest = try #require(html.range(of: "First call unanswered"))
        #expect(newest.lowerBound < middle.lowerBound && middle.lowerBound < oldest.lowerBound)
        #expect(html.contains("<span class=\"chip\">support 2</span> <span class=\"chip\">chat 1</span>"))
        #expect(html.contains("“First call unanswered” <span class=\"verbatim-persona\">— support, <time datetime=\"2026-09-01\">2026-09-01</time>, Ann</span>"))
    }

    @Test func theMapShowsTheTwoNewestItems() {
        let html = page("journeys/bread/index.html")
        #expect(html.contains("<tr class=\"lane lane-feedback\">"))
        #expect(html.contains("Chat closed at 6 pm") && html.contains("Second call unanswered"))
        #expect(!html.contains("First call unanswered"))
    }

    @Test func theRegisterCountsTheItemsThatMentionAPainPoint() {
        #expect(page("pain-points.html").contains("<td data-value=\"2\">2</td>"))
    }

    @Test func theDataFilesCarryTheItems() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(page("journeys.json").utf8)) as? [String: Any])
        let stages = try #require((json["journeys"] as? [[String: Any]])?.first?["stages"] as? [[String: Any]])
        let feedback = try #require(stages[1]["feedback"] as? [[String: Any]])
        #expect(feedback.map { $0["text"] as? String } == ["Chat closed at 6 pm", "Second call unanswered", "First call unanswered"])
        #expect(feedback[2]["pain"] as? String == "busy-line" && feedback[2]["persona"] as? String == "ann")
        #expect(stages[0]["feedback"] == nil)
        #expect(page("search-index.json").contains("\"k\":\"feedback\",\"t\":\"Chat closed at 6 pm\""))
    }
}
