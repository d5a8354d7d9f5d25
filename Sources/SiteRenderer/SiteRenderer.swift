import Dispatch
import Foundation
import JourneyAnalysis
import JourneyModel

/// Turns the analysed content into the files of the site: pages, theme and content assets.
public struct SiteRenderer: Sendable {
    public let templates: TemplateSet
    /// The content folder, where `assets/` is copied from.
    public let contentRoot: URL

    public init(templates: TemplateSet, contentRoot: URL) {
        self.templates = templates
        self.contentRoot = contentRoot
    }

    /// What rendering made: the files, and the time spent in each page template.
    public struct Output: Sendable {
        public var files: [OutputFile]
        /// Per template: pages rendered and seconds spent (values and template together), slowest first.
        public var templates: [TemplateTiming]
    }

    /// The time spent rendering the pages of one template.
    public struct TemplateTiming: Sendable, Equatable {
        public var name: String
        public var pages: Int
        public var seconds: Double
    }

    /// Every file of the site, sorted by path; with `journeys`, the files of other journeys'
    /// own folders are left out. Pages are rendered on all cores.
    public func render(_ analysis: SiteAnalysis, journeys: Set<String>? = nil) -> Output {
        let wanted = { (slug: String) in journeys?.contains(slug) ?? true }
        let inlineStyle = templates.inlineStyle
        let selected = Page.all(in: analysis).filter { page in SitePaths.journeyFolder(of: page.path(in: analysis)).map(wanted) ?? true }
        let rendered = selected.concurrentMap { page -> (OutputFile, String, Double) in
            let start = DispatchTime.now().uptimeNanoseconds
            var values = page.values(in: analysis)
            let path = page.path(in: analysis)
            var html: String
            if case .report = page {
                values["inlineStyle"] = inlineStyle
                html = StandaloneLinks.rewrite(templates.render(page.template, context: values), pagePath: path,
                                               baseURL: analysis.content.site.baseURL)
            } else {
                html = templates.render(page.template, context: values)
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            return (OutputFile(path: path, text: html), page.template, seconds)
        }
        let pages = rendered.map(\.0)
        let style = templates.chartStyle
        let charts = analysis.journeys.filter { wanted($0.journey.slug) }.flatMap { item in
            JourneyChart.allCases.compactMap { chart in
                chart.standalone(item, in: analysis, style: style).map {
                    OutputFile(path: JourneyChart.path(chart, of: item.journey.slug), text: $0)
                }
            }
        }
        let theme = templates.assets.map {
            OutputFile(path: "\(SitePaths.theme)/\($0)", contents: .copy(templates.root.appendingPathComponent("assets/\($0)")))
        }
        let assets = analysis.content.assets.map {
            OutputFile(path: "\(SitePaths.assets)/\($0)", contents: .copy(contentRoot.appendingPathComponent("assets/\($0)")))
        }
        let files = (pages + charts + data(analysis, pages: pages.map(\.path)) + theme + assets).sorted { $0.path < $1.path }
        let timings = Dictionary(grouping: rendered, by: \.1).map { name, pages in
            TemplateTiming(name: name, pages: pages.count, seconds: pages.reduce(0) { $0 + $1.2 })
        }
        return Output(files: files, templates: timings.sorted { ($1.seconds, $0.name) < ($0.seconds, $1.name) })
    }

    /// The files for other tools: JSON of everything, CSV registers, the search index, the sitemap.
    private func data(_ analysis: SiteAnalysis, pages: [String]) -> [OutputFile] {
        // Each export walks the whole site: they are made side by side, on all cores.
        let exports: [@Sendable () -> [OutputFile]] = [
            { [OutputFile(path: JourneysJSON.path, text: JourneysJSON.text(analysis))] },
            { [OutputFile(path: RegisterExports.painPointsPath, text: RegisterExports.painPoints(analysis))] },
            { [OutputFile(path: RegisterExports.opportunitiesPath, text: RegisterExports.opportunities(analysis))] },
            {
                let index = SearchIndex.json(analysis)
                return [OutputFile(path: SearchIndex.jsonPath, text: index),
                        OutputFile(path: SearchIndex.scriptPath, text: SearchIndex.script(json: index))]
            },
            {
                analysis.content.site.baseURL.map { [OutputFile(path: Sitemap.path, text: Sitemap.xml(baseURL: $0, pages: pages))] } ?? []
            },
        ]
        return Array(0..<exports.count).concurrentMap { exports[$0]() }.flatMap { $0 }
    }
}
