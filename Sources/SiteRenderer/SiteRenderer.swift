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

    /// Every file of the site, sorted by path. Pages are rendered on all cores.
    public func render(_ analysis: SiteAnalysis) -> [OutputFile] {
        let inlineStyle = templates.inlineStyle
        let pages = Page.all(in: analysis).concurrentMap { page in
            var values = page.values(in: analysis)
            let path = page.path(in: analysis)
            guard case .report = page else { return OutputFile(path: path, text: templates.render(page.template, context: values)) }
            values["inlineStyle"] = inlineStyle
            let html = StandaloneLinks.rewrite(templates.render(page.template, context: values), pagePath: path,
                                               baseURL: analysis.content.site.baseURL)
            return OutputFile(path: path, text: html)
        }
        let style = templates.chartStyle
        let charts = analysis.journeys.flatMap { item in
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
        return (pages + charts + data(analysis, pages: pages.map(\.path)) + theme + assets).sorted { $0.path < $1.path }
    }

    /// The files for other tools: JSON of everything, CSV registers, the search index, the sitemap.
    private func data(_ analysis: SiteAnalysis, pages: [String]) -> [OutputFile] {
        let index = SearchIndex.json(analysis)
        var files = [
            OutputFile(path: JourneysJSON.path, text: JourneysJSON.text(analysis)),
            OutputFile(path: RegisterExports.painPointsPath, text: RegisterExports.painPoints(analysis)),
            OutputFile(path: RegisterExports.opportunitiesPath, text: RegisterExports.opportunities(analysis)),
            OutputFile(path: SearchIndex.jsonPath, text: index),
            OutputFile(path: SearchIndex.scriptPath, text: SearchIndex.script(json: index)),
        ]
        if let baseURL = analysis.content.site.baseURL {
            files.append(OutputFile(path: Sitemap.path, text: Sitemap.xml(baseURL: baseURL, pages: pages)))
        }
        return files
    }
}
