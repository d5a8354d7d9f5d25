import Foundation
import SiteBuilder
import Testing
import TestSupport

/// The pain-point register shows the opportunities that address each pain point by its id,
/// across journeys, and "no opportunity yet" for the others; not every pair in a stage.
@Suite("Linked pain points")
struct LinkedPainPointTests {
    let site = FixtureSite()

    init() {
        site.folder.write("Content/journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "-1", extra: """
            pain_points:
              - { text: Busy phone line, severity: high, id: busy-line }
              - { text: Cold croissants, severity: low }
            opportunities:
              - { text: Warmer display, impact: low, effort: low }

            """))
        site.folder.write("Content/journeys/cake/journey.md", ContentSamples.journey(personas: ["ann"]).replacingOccurrences(of: "Buying bread", with: "Ordering a cake"))
        site.folder.write("Content/journeys/cake/01-order.md", ContentSamples.stage("Order", extra: """
            opportunities:
              - { text: Call-back slots booked online, addresses: [busy-line] }

            """))
        #expect(site.build().succeeded)
    }

    private var register: String { site.folder.read("_site/pain-points.html") ?? "" }

    /// The row of the register that starts with the pain point `text`.
    private func row(_ text: String) throws -> Substring {
        let html = register
        let start = try #require(html.range(of: text))
        let end = try #require(html.range(of: "</tr>", range: start.upperBound..<html.endIndex))
        return html[start.lowerBound..<end.lowerBound]
    }

    @Test func aPainPointListsTheOpportunitiesThatAddressIt() throws {
        let busy = try row("Busy phone line</th>")
        #expect(busy.contains("<a href=\"journeys/cake/order.html\">Call-back slots booked online</a> <span class=\"meta\">(Order, Ordering a cake)</span>"))
        #expect(!busy.contains("Warmer display"))
        #expect(register.contains("<th scope=\"row\" id=\"pain-busy-line\">Busy phone line</th>"))
    }

    @Test func aPainPointNoOpportunityAddressesSaysSo() throws {
        let cold = try row("Cold croissants</th>")
        #expect(cold.contains("<span class=\"none\">No opportunity yet</span>"))
        #expect(!cold.contains("Warmer display"))
    }
}
