import Foundation
import JourneyModel
import SiteBuilder
import Testing
import TestSupport

/// Builds the example content of the repository and checks the pages a reader would open.
@Suite("Building the example site")
struct ExampleSiteTests {
    let output = TemporaryFolder("journeymap-site")
    let report: BuildReport

    init() {
        report = SiteBuild.run(BuildOptions(content: repositoryRoot.appendingPathComponent("Content").path,
                                            templates: repositoryRoot.appendingPathComponent("Templates").path,
                                            output: output.path + "/site"))
    }

    @Test func buildsWithoutDiagnostics() {
        #expect(report.succeeded, "\(report.diagnostics) \(report.failure ?? "")")
        #expect(report.diagnostics.isEmpty)
        #expect(report.phases.map(\.name) == ["fingerprint", "read memo", "load", "analyze", "render and write", "save caches"])
    }

    @Test func writesEveryPage() {
        let files = Set(output.files(under: "site"))
        for page in ["index.html", "journeys/cake-order/index.html", "journeys/cake-order/purchase.html",
                     "journeys/cake-order-future/index.html", "journeys/abonnement-panier/index.html",
                     "journeys/abonnement-panier/fidelite.html", "personas/claire-martin.html", "personas/paul-durand.html",
                     "theme/style.css", "assets/maison-lumiere-logo.svg"] {
            #expect(files.contains(page), "\(page)")
        }
        // Index, pain points, opportunities, touchpoints, 404; a page, a report and a poster per journey; stages;
        // personas; one page per tag; the solutions page and one per solution.
        let tags = files.filter { $0.hasPrefix("tags/") }.count
        let solutions = files.filter { $0.hasPrefix("solutions/") }.count
        #expect(tags > 0 && solutions == 2)
        #expect(report.pages == 5 + 3 * report.journeys + report.stages + report.personas + tags + 1 + solutions)
    }

    @Test func theJourneyPageIsAJourneyMap() throws {
        let page = try #require(output.read("site/journeys/cake-order/index.html"))
        let stages = ["Awareness", "Consideration", "Decision", "Purchase", "Post-purchase", "Loyalty", "Advocacy"]
        let positions = stages.compactMap { page.range(of: ".html\">\($0)</a> <span class=\"score")?.lowerBound }
        #expect(positions.count == stages.count)
        #expect(positions == positions.sorted())
        #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart emotion-curve\""))
        #expect(page.contains("colspan=\"7\""))
        for lane in ["Actions", "Thoughts", "Touchpoints", "Pain points", "Opportunities"] {
            #expect(page.contains("<th scope=\"row\">\(lane)</th>"), "\(lane)")
        }
        #expect(page.contains("Claire Martin"))
        #expect(page.contains("<html lang=\"en\" data-paper=\"A3\">"))
    }

    @Test func theFrenchJourneySpeaksFrench() throws {
        let page = try #require(output.read("site/journeys/abonnement-panier/index.html"))
        #expect(page.contains("<html lang=\"fr\" data-paper=\"A3\">"))
        #expect(page.contains("<th scope=\"row\">Points de friction</th>"))
        #expect(page.contains("colspan=\"9\""))
        #expect(page.contains("Fidélité"))
    }

    @Test func stagePagesLinkToTheirNeighbours() throws {
        let page = try #require(output.read("site/journeys/cake-order/purchase.html"))
        #expect(page.contains("rel=\"prev\" href=\"../../journeys/cake-order/decision.html\""))
        #expect(page.contains("rel=\"next\" href=\"../../journeys/cake-order/post-purchase.html\""))
        let first = try #require(output.read("site/journeys/cake-order/awareness.html"))
        #expect(!first.contains("rel=\"prev\""))
    }

    @Test func everyRelativeLinkResolves() {
        let pages = output.files(under: "site").filter { $0.hasSuffix(".html") }
        #expect(!pages.isEmpty)
        for page in pages {
            let html = output.read("site/" + page) ?? ""
            let base = URL(fileURLWithPath: output.path + "/site/" + page).deletingLastPathComponent()
            for link in Links.targets(in: html) where !link.contains(":") && !link.hasPrefix("#") {
                let target = base.appendingPathComponent(String(link.split(separator: "#").first ?? "")).standardizedFileURL
                #expect(FileManager.default.fileExists(atPath: target.path), "\(page) → \(link)")
            }
        }
    }

    @Test func noPageLoadsAnythingFromOutside() {
        for page in output.files(under: "site").filter({ $0.hasSuffix(".html") || $0.hasSuffix(".css") }) {
            let text = output.read("site/" + page) ?? ""
            let external = Links.targets(in: text).filter { $0.hasPrefix("http") || $0.hasPrefix("//") }
            let allowed = external.allSatisfy { link in text.contains("<a href=\"\(link)\"") }
            #expect(allowed, "\(page): \(external)")
            #expect(!text.contains("@import"), "\(page)")
        }
    }
}

/// The `href` and `src` values of a page.
enum Links {
    static func targets(in html: String) -> [String] {
        var targets: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = Substring(html)
            while let start = rest.range(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                targets.append(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        return targets
    }
}
