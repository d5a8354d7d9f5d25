import Foundation
import SiteBuilder
import Testing
import TestSupport

/// The site's own lanes on the map, the stage page and in the data files.
@Suite("Lanes of your own on the site")
struct CustomLaneSiteTests {
    let site = FixtureSite()

    init() {
        site.folder.write("Content/site.yml", ContentSamples.site.replacingOccurrences(of: "language: en", with: "language: fr") + """
            lanes:
              - { key: handoffs, title: { en: Handoffs, fr: Passations }, kind: items }
              - { key: wait, title: Attente, kind: metric, unit: min }
              - actions

            """)
        site.folder.write("Content/journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "-1", extra: """
            actions: [Pays]
            handoffs: [{ text: Bake at dawn, owner: Kitchen, status: in-progress }]
            wait: 12,5

            """))
        #expect(site.build().succeeded)
    }

    private func page(_ path: String) -> String { site.folder.read("_site/" + path) ?? "" }

    @Test func theMapShowsTheLanesInTheSitesOrder() throws {
        let html = page("journeys/bread/index.html")
        let rows = html.components(separatedBy: "<tr class=\"lane ").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(rows == ["lane-emotion", "lane-custom lane-handoffs", "lane-custom lane-wait", "lane-actions"])
        #expect(html.contains("<th scope=\"row\">Passations</th>"))
        #expect(html.contains("<li class=\"lane-item\">Bake at dawn <span class=\"chip status-in-progress\">en cours</span> <span class=\"owner\">Kitchen</span></li>"))
        #expect(html.contains("<p class=\"lane-metric\">12,5 min</p>"))
    }

    @Test func theStagePageHasABoxPerLaneItWritesIn() {
        let html = page("journeys/bread/purchase.html")
        #expect(html.contains("<section class=\"lane-box lane-custom lane-handoffs\"><h2>Passations</h2>"))
        #expect(!page("journeys/bread/awareness.html").contains("lane-custom"))
    }

    @Test func theDataFilesCarryTheLanes() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(page("journeys.json").utf8)) as? [String: Any])
        let stages = try #require((json["journeys"] as? [[String: Any]])?.first?["stages"] as? [[String: Any]])
        let lanes = try #require(stages[1]["lanes"] as? [String: Any])
        #expect(lanes["wait"] as? Double == 12.5)
        #expect((lanes["handoffs"] as? [[String: Any]])?.first?["status"] as? String == "in-progress")
        #expect(stages[0]["lanes"] == nil)
        #expect(page("search-index.json").contains("bake at dawn"))
    }
}
