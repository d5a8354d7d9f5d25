import Foundation
import JourneyModel
import SiteBuilder
import Testing
import TestSupport

/// The site as its readers use it: cross-journey views, navigation, reports, languages.
@Suite("Site for stakeholders")
struct StakeholderSiteTests {
    let output = TemporaryFolder("journeymap-site")

    init() {
        let report = SiteBuild.run(BuildOptions(content: repositoryRoot.appendingPathComponent("Content").path,
                                                templates: repositoryRoot.appendingPathComponent("Templates").path,
                                                output: output.path + "/site"))
        #expect(report.succeeded)
    }

    private func page(_ path: String) -> String { output.read("site/" + path) ?? "" }

    @Test func thePainPointRegisterListsTheMostSevereFirst() {
        let html = page("pain-points.html")
        let severities = html.components(separatedBy: "<span class=\"badge badge-").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(severities.count > 10)
        #expect(severities == severities.sorted { ["high": 3, "medium": 2, "low": 1][String($0)]! > ["high": 3, "medium": 2, "low": 1][String($1)]! })
        #expect(html.contains("data-sortable"))
        #expect(html.contains("href=\"pain-points.csv\""))
    }

    @Test func doneOpportunitiesAreListedAsShippedOutOfTheRanking() throws {
        let html = page("opportunities.html")
        let shipped = try #require(html.range(of: "<h2 id=\"shipped-heading\">Done, out of the ranking</h2>"))
        #expect(html[shipped.upperBound...].contains("Compress catalogue images and lazy-load the gallery"))
        #expect(!html[..<shipped.lowerBound].contains("Compress catalogue images and lazy-load the gallery"))
    }

    @Test func theBacklogHasAMatrixAcrossJourneys() {
        let html = page("opportunities.html")
        #expect(html.contains("class=\"chart matrix\""))
        #expect(html.contains("S&#39;abonner au Panier du boulanger") && html.contains("Ordering a celebration cake online"))
    }

    @Test func theTouchpointInventoryGroupsByChannel() {
        let html = page("touchpoints.html")
        #expect(html.contains("<th scope=\"row\">Instagram reel</th>"))
        #expect(html.components(separatedBy: "class=\"chart heatmap\"").count - 1 == 3)
    }

    @Test func everyPageHasTheNavigationAndASkipLink() {
        let pages = output.files(under: "site").filter { $0.hasSuffix(".html") && !$0.hasSuffix("report.html") && !$0.hasSuffix("poster.html") }
        #expect(pages.count > 40)
        for path in pages {
            let html = page(path)
            #expect(html.contains("class=\"skip-link\" href=\"#main\""), "\(path)")
            for target in ["pain-points.html", "opportunities.html", "touchpoints.html"] {
                #expect(html.contains("\(SitePathsProbe.root(path))\(target)\""), "\(path) → \(target)")
            }
            #expect(html.contains("class=\"site-search\" role=\"search\" hidden"), "\(path)")
        }
    }

    /// The header is rendered once per navigation state and shared, so every page is checked:
    /// its menus must mark its own entry (or its journey's), in its own language.
    @Test func theMenusMarkThePageOrItsJourney() {
        for path in output.files(under: "site") where path.hasSuffix(".html") && !path.hasSuffix("report.html") && !path.hasSuffix("poster.html") {
            let html = page(path)
            guard let start = html.range(of: "<header class=\"site-header\">"),
                  let end = html.range(of: "</header>", range: start.upperBound..<html.endIndex) else {
                Issue.record("\(path) has no site header")
                continue
            }
            let header = String(html[start.upperBound..<end.lowerBound])
            let current = HTMLTag.scan(header).filter { $0.attribute("aria-current") == "page" }.compactMap { $0.attribute("href") }
            let root = SitePathsProbe.root(path)
            let expected: [String] = switch path.split(separator: "/").first {
            case "journeys": [root + path.split(separator: "/").prefix(2).joined(separator: "/") + "/index.html"]
            case "personas": [root + path]
            case _ where ["pain-points.html", "opportunities.html", "touchpoints.html", "solutions.html"].contains(path): [path]
            default: []
            }
            #expect(current == expected, "\(path)")
            let french = path.hasPrefix("journeys/abonnement-panier/")
            #expect(header.contains(french ? ">Points de friction</a>" : ">Pain points</a>"), "\(path)")
        }
    }

    /// The shared header gives every page the bytes that rendering the partial on each page gives.
    @Test func theSharedHeaderIsTheHeaderEachPageWouldRender() throws {
        let templates = TemporaryFolder("journeymap-templates")
        try FileManager.default.removeItem(at: templates.url)
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Templates"), to: templates.url)
        let layout = try #require(templates.read("layout.mustache"))
        #expect(layout.contains("{{{siteHeader}}}<main"))
        templates.write("layout.mustache", layout.replacingOccurrences(of: "{{{siteHeader}}}<main", with: "{{>partials/header}}\n<main"))
        let perPage = TemporaryFolder("journeymap-site")
        let report = SiteBuild.run(BuildOptions(content: repositoryRoot.appendingPathComponent("Content").path,
                                                templates: templates.path, output: perPage.path + "/site"))
        #expect(report.succeeded)
        let pages = output.files(under: "site").filter { $0.hasSuffix(".html") }
        #expect(pages.count > 40)
        for path in pages where perPage.read("site/" + path) != page(path) {
            Issue.record("\(path) differs from the page rendered with the header partial")
        }
    }

    @Test func tagPagesListTheirJourneys() {
        let html = page("tags/e-commerce.html")
        #expect(html.contains("Ordering a celebration cake online"))
        #expect(page("journeys/cake-order/index.html").contains("href=\"../../tags/e-commerce.html\""))
    }

    @Test func theReportIsOneSelfContainedFile() {
        let html = page("journeys/cake-order/report.html")
        #expect(html.contains("<style>"))
        #expect(html.contains("class=\"chart emotion-curve\""))
        #expect(!html.contains("<link") && !html.contains("<script"))
        let references = Links.targets(in: html)
        #expect(!references.isEmpty)
        #expect(references.allSatisfy { $0 == "#" || $0.hasPrefix("#") || $0.hasPrefix("https://") }, "\(references.filter { !$0.hasPrefix("#") })")
    }

    @Test func aPersonaPageDrawsTheEmpathyMap() {
        let html = page("personas/claire-martin.html")
        #expect(html.contains("<h2 id=\"empathy-heading\">Empathy map</h2>"))
        for quadrant in ["says", "thinks", "does", "feels", "pains", "gains"] { #expect(html.contains("empathy-\(quadrant)\""), "\(quadrant)") }
        #expect(html.contains("<li>Is delivery extra?</li>"))
        #expect(!page("personas/paul-durand.html").contains("empathy-heading"))
    }

    @Test func aJourneyPageAndItsReportShowItsPersonasEmpathyMaps() {
        for name in ["index", "report"] {
            let html = page("journeys/cake-order/\(name).html")
            #expect(html.contains("<h2 id=\"empathy-maps-heading\">Empathy maps</h2>"), "\(name)")
            #expect(html.contains("<div class=\"empathy-row\" id=\"empathy-claire-martin\""), "\(name)")
            #expect(html.contains("<a class=\"persona-empathy-link\" href=\"#empathy-claire-martin\">Empathy map</a>"), "\(name)")
            #expect(html.contains("<dt>Feels</dt><dd><ul><li>Rushed</li>"), "\(name)")
            // Sofia's note has no empathy map: no row, no link.
            #expect(!html.contains("empathy-sofia-benali"), "\(name)")
        }
        #expect(page("journeys/abonnement-panier/index.html").contains("<h2 id=\"empathy-maps-heading\">Cartes d’empathie</h2>"))
    }

    @Test func thePosterIsTheHeaderAndTheMapInOneSelfContainedFile() {
        let html = page("journeys/cake-order/poster.html")
        #expect(html.contains("<h1>Ordering a celebration cake online</h1>") && html.contains("class=\"journey-map\""))
        #expect(!html.contains("id=\"figures-heading\"") && !html.contains("id=\"notes-heading\""))
        #expect(html.contains("<style>") && !html.contains("<link") && !html.contains("<script"))
        #expect(page("journeys/cake-order/index.html").contains("href=\"../../journeys/cake-order/poster.html\""))
    }

    @Test func theFrenchJourneyUsesFrenchWordsAndNumbers() {
        let html = page("journeys/abonnement-panier/index.html")
        #expect(html.contains(">Points de friction</a>"))
        #expect(html.contains("Rechercher parcours, étapes"))
        #expect(html.contains("Chiffres clés"))
        #expect(html.range(of: #"\d,\d"#, options: .regularExpression) != nil)    // decimal comma
        #expect(html.contains("<li class=\"persona-compact\" lang=\"en\""))     // persona text is in the site's language
    }

    /// The French journey's pages, with what is marked as English (persona notes of the English
    /// site) left out: French typography everywhere, in the interface and the content.
    @Test func theFrenchPagesFollowFrenchTypography() {
        for name in ["index", "report", "achat", "fidelite"] {
            var html = page("journeys/abonnement-panier/\(name).html")
            html = html.replacingOccurrences(of: #"<script[\s\S]*?</script>|<style[\s\S]*?</style>"#, with: "", options: .regularExpression)
            html = html.replacingOccurrences(of: #"<(\w+)[^>]* lang="en"[^>]*>[\s\S]*?</\1>"#, with: "", options: .regularExpression)
            // Entities as the reader sees them: "p &lt; 0,001" reads "p < 0,001", not a letter before ';'.
            let text = html.replacingOccurrences(of: "<[^>]+>", with: "|", options: .regularExpression)
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            #expect(!text.contains("“") && !text.contains("”"), "\(name)")
            for bad in [" :", " ;", " ?", " !", "« ", " »"] { #expect(!text.contains(bad), "\(name): '\(bad)'") }
            #expect(text.range(of: #"\p{L}[:;?!](\s|\|)"#, options: .regularExpression) == nil, "\(name)")
            #expect(!text.contains("analytics") && !text.contains("impact\u{A0}: élevée"), "\(name)")
        }
    }

    @Test func thereIsANotFoundPage() {
        #expect(page("404.html").contains("Page not found"))
    }

    @Test func eachJourneyHasItsWholeMapAsOneSVGDrawingLinkedFromItsPage() {
        #expect(page("journeys/cake-order/index.html")
            .contains("<a href=\"../../journeys/cake-order/poster.svg\">Poster as a drawing (SVG, for slides)</a>"))
        let svg = page("journeys/cake-order/poster.svg")
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart poster\""))
        #expect(svg.contains(">Ordering a celebration cake online</text>") && svg.contains(">Claire Martin</text>"))
        #expect(svg.contains("<g class=\"emotion-curve\" transform=\"translate(") && svg.contains(">Pain points</text>"))
        // The map's lanes in the map's order: the site's own, the feedback; and a service blueprint's lanes and lines.
        func inOrder(_ lanes: [String], in svg: String) -> Bool {
            let positions = lanes.compactMap { svg.range(of: ">\($0)</text>")?.lowerBound }
            return positions.count == lanes.count && positions == positions.sorted()
        }
        #expect(inOrder(["Actions", "Pain points", "Opportunities", "Wait at pickup", "Verbatims", "Feedback", "Owner"], in: svg))
        #expect(inOrder(["Physical evidence", "Actions", "Line of interaction", "Frontstage actions", "Line of visibility", "Backstage actions",
                         "Support processes", "Systems", "Pain points", "Opportunities"], in: page("journeys/cake-order-future/poster.svg")))
        #expect(!svg.contains("href") && !svg.contains("url(") && !svg.contains("<image"))
        let french = page("journeys/abonnement-panier/poster.svg")
        #expect(french.contains("xml:lang=\"fr\"") && french.contains(">Points de friction</text>") && french.contains(">Scénario</text>"))
        #expect(page("journeys/abonnement-panier/index.html").contains(">Affiche en dessin (SVG, pour diaporama)</a>"))
        // Without base_url, the poster's page has nowhere to link it (see SiteSettingsTests).
        #expect(!page("journeys/cake-order/poster.html").contains("class=\"poster-svg-link\""))
    }
}

/// The prefix back to the site root from a page, as the pages write it.
enum SitePathsProbe {
    static func root(_ path: String) -> String { String(repeating: "../", count: path.filter { $0 == "/" }.count) }
}

@Suite("Site settings that reword and relink the site")
struct SiteSettingsTests {
    @Test func stringsInSiteYmlOverrideTheInterface() throws {
        let site = FixtureSite()
        site.folder.write("Content/site.yml", ContentSamples.site + "strings:\n  nav_pain_points: Irritants\n  fr: { nav_journeys: Cartes }\n  nav_jouneys: Maps\n")
        let report = site.build()
        #expect(report.succeeded)
        let warning = try #require(report.warnings.first)
        #expect(warning.message == "'nav_jouneys' is not a string of the site's interface; it is ignored")
        #expect(warning.location.line == 9 && warning.hint == "did you mean 'nav_journeys'?")
        #expect(site.folder.read("_site/index.html")?.contains(">Irritants</a>") == true)
    }

    @Test func withABaseURLTheReportLinksToThePublishedSite() throws {
        let site = FixtureSite()
        site.folder.write("Content/site.yml", ContentSamples.site + "base_url: https://intranet.example.com/cx/\n")
        site.folder.write("Content/journeys/bread/01-awareness.md", ContentSamples.stage("Awareness") + "![Shop](../../assets/shop.png) [next](02-purchase.md)\n")
        #expect(site.build().succeeded)
        let html = try #require(site.folder.read("_site/journeys/bread/report.html"))
        #expect(html.contains("src=\"https://intranet.example.com/cx/assets/shop.png\""))
        #expect(html.contains("href=\"https://intranet.example.com/cx/journeys/bread/02-purchase.md\""))
        #expect(html.contains("href=\"https://intranet.example.com/cx/journeys/bread/awareness.html\""))
        #expect(site.folder.read("_site/404.html")?.contains("<base href=\"https://intranet.example.com/cx/\">") == true)
        // The poster's page links its SVG twin on the published site; without base_url it has nowhere to link it.
        #expect(site.folder.read("_site/journeys/bread/poster.html")?
            .contains("<p class=\"poster-svg-link\"><a href=\"https://intranet.example.com/cx/journeys/bread/poster.svg\">") == true)
    }
}
