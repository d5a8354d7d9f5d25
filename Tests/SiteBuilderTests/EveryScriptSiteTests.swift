import Foundation
import JourneyModel
import SiteBuilder
import Testing
import TestSupport

/// A site whose personas and journeys are named in Chinese, Arabic and Cyrillic: their pages
/// are named after Unicode slugs, and every link to them, percent-encoded, resolves.
@Suite("Names in every script")
struct EveryScriptSiteTests {
    @Test func personasAndJourneysNamedInOtherScriptsBuildAndTheirLinksResolve() throws {
        let site = FixtureSite()
        site.folder.write("Content/personas/王芳.md", ContentSamples.persona("王芳"))
        site.folder.write("Content/personas/محمد-علي.md", ContentSamples.persona("محمد علي"))
        site.folder.write("Content/journeys/网上订蛋糕/journey.md", ContentSamples.journey(personas: ["王芳", "محمد-علي", "ann"], extra: "tags: [在线]\n"))
        site.folder.write("Content/journeys/网上订蛋糕/01-发现.md", ContentSamples.stage("发现", extra: "emotions: { 王芳: 2 }\n"))
        site.folder.write("Content/journeys/网上订蛋糕/02-购买.md", ContentSamples.stage("购买", emotion: "-1"))
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        for path in ["personas/王芳.html", "personas/محمد-علي.html", "journeys/网上订蛋糕/index.html", "journeys/网上订蛋糕/发现.html", "tags/在线.html"] {
            #expect(site.folder.exists("_site/" + path), "\(path)")
        }
        let index = try #require(site.folder.read("_site/index.html"))
        #expect(index.contains("href=\"journeys/%E7%BD%91%E4%B8%8A%E8%AE%A2%E8%9B%8B%E7%B3%95/index.html\""))
        let root = site.folder.url.appendingPathComponent("_site")
        let pages = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".html") }
        for page in pages {
            let html = try String(contentsOf: root.appendingPathComponent(page), encoding: .utf8)
            let base = root.appendingPathComponent(page).deletingLastPathComponent()
            for link in Links.targets(in: html) where !link.contains(":") && !link.hasPrefix("#") {
                let path = String(link.split(separator: "#").first ?? "").removingPercentEncoding ?? link
                #expect(FileManager.default.fileExists(atPath: base.appendingPathComponent(path).standardizedFileURL.path), "\(page) → \(link)")
            }
        }
        let search = try #require(site.folder.read("_site/search-index.json"))
        #expect(search.contains("\"u\":\"personas/%E7%8E%8B%E8%8A%B3.html\""))
    }
}
