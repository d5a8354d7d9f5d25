import Foundation
import SiteBuilder
import Testing
import TestSupport

/// A service blueprint's lanes and lines on the map and the stage page.
@Suite("Service blueprints on the site")
struct BlueprintSiteTests {
    let site = FixtureSite()

    init() {
        site.folder.write("Content/journeys/bread/journey.md", ContentSamples.journey(personas: ["ann"], extra: "blueprint: true\n"))
        site.folder.write("Content/journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "-1", extra: """
            actions: [Pays at the till]
            thoughts: [Quick]
            props: [Receipt]
            frontstage: [{ text: Cashier takes the card, owner: Shop, serves: Pays at the till }]

            """))
        #expect(site.build().succeeded)
    }

    private func page(_ path: String) -> String { site.folder.read("_site/" + path) ?? "" }

    @Test func theMapDrawsTheBlueprintUnderTheCustomersActions() {
        let html = page("journeys/bread/index.html")
        let rows = html.components(separatedBy: "<tr class=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }.filter { $0.hasPrefix("lane") || $0.hasPrefix("blueprint") }
        #expect(rows == ["lane lane-emotion", "lane lane-blueprint lane-props", "lane lane-actions", "blueprint-line blueprint-line-interaction",
                         "lane lane-blueprint lane-frontstage", "blueprint-line blueprint-line-visibility", "lane lane-blueprint lane-backstage",
                         "blueprint-line blueprint-line-internal-interaction", "lane lane-blueprint lane-support", "lane lane-thoughts"])
        #expect(html.contains("<th scope=\"row\">Line of visibility</th>"))
        #expect(html.contains("<li class=\"blueprint-item\"><span class=\"serves\" title=\"Serves: Pays at the till\"><span aria-hidden=\"true\">↑</span> <span class=\"visually-hidden\">Serves:</span> Pays at the till</span> Cashier takes the card <span class=\"owner\">Shop</span></li>"))
    }

    @Test func theStagePageAndTheDataFilesHaveTheBlueprint() throws {
        #expect(page("journeys/bread/purchase.html").contains("<section class=\"lane-box lane-blueprint lane-frontstage\"><h2>Frontstage actions</h2>"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(page("journeys.json").utf8)) as? [String: Any])
        let stages = try #require((json["journeys"] as? [[String: Any]])?.first?["stages"] as? [[String: Any]])
        let blueprint = try #require(stages[1]["blueprint"] as? [String: [[String: Any]]])
        #expect(blueprint["frontstage"]?.first?["serves"] as? String == "Pays at the till")
        #expect(page("search-index.json").contains("cashier takes the card"))
    }
}
