import Dispatch
import Foundation
import JourneyAnalysis
import JourneyModel
import Templating

/// Turns the analysed content into the files of the site: pages, theme and content assets.
public struct SiteRenderer: Sendable {
    public let templates: TemplateSet
    /// The content folder, where `assets/` is copied from.
    public let contentRoot: URL
    /// What changed since a revision, for the page that shows it; nil for no such page.
    public var changes: SiteChanges?

    public init(templates: TemplateSet, contentRoot: URL) {
        self.templates = templates
        self.contentRoot = contentRoot
    }

    /// The files of the site, made when they are written, and the clock of their templates.
    public struct Output: Sendable {
        public var files: [OutputFile]
        /// Filled in as the pages are made.
        public var clock: TemplateClock
    }

    /// The time spent rendering the pages of one template.
    public struct TemplateTiming: Sendable, Equatable {
        public var name: String
        public var pages: Int
        public var seconds: Double
    }

    /// Every file of the site, the site-wide ones first, each part sorted by path; with `journeys`, the files of other journeys'
    /// own folders are left out, and without `siteWide`, every file outside the journeys' folders
    /// but the search index, the only one that shows the Markdown of stage notes. Pages, charts
    /// and exports are deferred: the writer makes them on all cores as it writes them, so only the
    /// files in flight are in memory.
    public func render(_ analysis: SiteAnalysis, journeys: Set<String>? = nil, siteWide: Bool = true) -> Output {
        let wanted = { (slug: String) in journeys?.contains(slug) ?? true }
        let wantedPath = { (path: String) in SitePaths.journeyFolder(of: path).map(wanted) ?? siteWide }
        let inlineStyle = templates.inlineStyle
        let clock = TemplateClock()
        let templates = self.templates
        let headers = SiteHeaders(templates: templates)
        let bodies = JourneyBodies(templates: templates)
        let changes = self.changes
        let all = Page.all(in: analysis, changes: changes).map { page in (page: page, path: page.path(in: analysis)) }
        let pages = all.filter { wantedPath($0.path) }.map { page, path in
            OutputFile(path: path, contents: .deferred {
                let start = DispatchTime.now().uptimeNanoseconds
                let values = page.values(in: analysis, words: templates.words, headers: headers, bodies: bodies, inlineStyle: inlineStyle,
                                         changes: changes)
                var html = templates.render(page.template, context: values)
                switch page {
                case .report, .poster: html = StandaloneLinks.rewrite(html, pagePath: path, baseURL: analysis.content.site.baseURL)
                default: break
                }
                if FrenchTypography.isFrench(html) { html = FrenchTypography.apply(html) }
                clock.add(page.template, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                return html
            })
        }
        let style = templates.chartStyle
        let charts = analysis.journeys.filter { wanted($0.journey.slug) }.flatMap { item in
            JourneyChart.allCases.filter { $0.hasContent(item) }.map { chart in
                OutputFile(path: JourneyChart.path(chart, of: item.journey.slug), deferred: {
                    chart.standalone(item, in: analysis, words: templates.words, style: style) ?? ""
                })
            } + [OutputFile(path: SitePaths.posterSVG(item.journey.slug), deferred: {
                PageContext.posterFile(item, in: analysis, words: templates.words, style: style)
            })]
        }
        let theme = templates.theme.assets(copiedTo: SitePaths.theme)
        let assets = analysis.content.assets.map {
            OutputFile(path: "\(SitePaths.assets)/\($0)", contents: .copy(contentRoot.appendingPathComponent("assets/\($0)")))
        }
        // The sitemap lists every page, made now or kept from the last build.
        let data = data(analysis, pages: all.map(\.path))
            .filter { siteWide || SearchIndex.paths.contains($0.path) }
        // The site-wide files first: the largest pages and exports are among them, and made last
        // they would leave the other cores idle at the end.
        let files = (pages + charts + data + (siteWide ? theme + assets : [])).map { (isSiteWide: SitePaths.journeyFolder(of: $0.path) == nil, file: $0) }
            .sorted { first, second in first.isSiteWide != second.isSiteWide ? first.isSiteWide : first.file.path < second.file.path }
            .map(\.file)
        return Output(files: files, clock: clock)
    }

    /// The files for other tools: JSON of everything, CSV registers, the search index, the sitemap.
    private func data(_ analysis: SiteAnalysis, pages: [String]) -> [OutputFile] {
        let index = OnceValue { SearchIndex.json(analysis) }
        var files = [
            OutputFile(path: JourneysJSON.path, contents: .deferred { JourneysJSON.bytes(analysis) }),
            OutputFile(path: RegisterExports.painPointsPath, deferred: { RegisterExports.painPoints(analysis) }),
            OutputFile(path: RegisterExports.opportunitiesPath, deferred: { RegisterExports.opportunities(analysis) }),
            OutputFile(path: SearchIndex.jsonPath, contents: .deferred { index.value }),
            OutputFile(path: SearchIndex.scriptPath, contents: .deferred { SearchIndex.script(json: index.value) }),
        ]
        if let baseURL = analysis.content.site.baseURL {
            files.append(OutputFile(path: Sitemap.path, deferred: { Sitemap.xml(baseURL: baseURL, pages: pages) }))
        }
        return files
    }
}
