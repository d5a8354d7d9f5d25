import JourneyAnalysis
import JourneyModel
import Templating

/// The pages of a site, each a template and the values it is rendered with.
enum Page: Sendable {
    case index
    case journey(slug: String)
    case stage(journey: String, index: Int)
    case report(journey: String)
    /// The journey's map on one large page, self-contained like the report.
    case poster(journey: String)
    case persona(slug: String)
    case painPoints
    case opportunities
    case touchpoints
    case tag(slug: String)
    /// Every solution, when the site has some, and each solution's own page.
    case solutions
    case solution(slug: String)
    case notFound
    /// What changed since a revision (`build --compare-with`).
    case changes(SiteChanges)

    /// Every page of the site, in a stable order; the changes page with `changes`.
    static func all(in analysis: SiteAnalysis, changes: SiteChanges? = nil) -> [Page] {
        var pages: [Page] = [.index, .painPoints, .opportunities, .touchpoints, .notFound] + (changes.map { [.changes($0)] } ?? [])
        for item in analysis.journeys {
            pages += [.journey(slug: item.journey.slug), .report(journey: item.journey.slug), .poster(journey: item.journey.slug)]
            pages += item.journey.stages.indices.map { .stage(journey: item.journey.slug, index: $0) }
        }
        pages += analysis.content.personas.map { .persona(slug: $0.slug) }
        pages += Tag.all(in: analysis).map { .tag(slug: $0.slug) }
        let solutions = analysis.content.solutions
        if !solutions.isEmpty { pages += [.solutions] + solutions.map { .solution(slug: $0.slug) } }
        return pages
    }

    var template: String {
        switch self {
        case .index: "index"
        case .journey: "journey"
        case .stage: "stage"
        case .report: "report"
        case .poster: "poster"
        case .persona: "persona"
        case .painPoints: "pain-points"
        case .opportunities: "opportunities"
        case .touchpoints: "touchpoints"
        case .tag: "tag"
        case .solutions: "solutions"
        case .solution: "solution"
        case .notFound: "404"
        case .changes: "changes"
        }
    }

    /// The page's path in the output folder.
    func path(in analysis: SiteAnalysis) -> String {
        switch self {
        case .index: SitePaths.index
        case .journey(let slug): SitePaths.journey(slug)
        case .stage(let journey, let index): SitePaths.stage(analysis.journey(journey)!.journey.stages[index].slug, of: journey)
        case .report(let journey): SitePaths.report(journey)
        case .poster(let journey): SitePaths.poster(journey)
        case .persona(let slug): SitePaths.persona(slug)
        case .painPoints: SitePaths.painPoints
        case .opportunities: SitePaths.opportunities
        case .touchpoints: SitePaths.touchpoints
        case .tag(let slug): SitePaths.tag(slug)
        case .solutions: SitePaths.solutions
        case .solution(let slug): SitePaths.solution(slug)
        case .notFound: SitePaths.notFound
        case .changes: SitePaths.changes
        }
    }

    /// The value tree the page's template is rendered with: the site values, the page's title
    /// and own values, and the site header (but in a standalone report, which gets the theme's
    /// stylesheets, `inlineStyle`, instead). The home page links to the changes page when there are `changes`.
    func values(in analysis: SiteAnalysis, words: InterfaceWords, headers: SiteHeaders, bodies: JourneyBodies,
                inlineStyle: String, changes: SiteChanges? = nil) -> TemplateValue {
        let path = path(in: analysis)
        let site = analysis.content.site
        let siteContext = PageContext(analysis: analysis, words: words, path: path, language: site.language)
        func page(_ context: PageContext, _ title: String, _ own: some Encodable) -> TemplateValue {
            let isReport = context.mode == .report
            let frame = headers.frame(for: context)
            return TemplateValue(encoding: PageValues(
                site: frame.site, pageTitle: title, paperSize: context.paper.cssName, siteHeader: isReport ? nil : HTML(frame.header),
                inlineStyle: isReport ? HTML(inlineStyle) : nil, own: own))
        }
        switch self {
        case .index:
            return page(siteContext, site.title, IndexValues(
                journeys: analysis.journeys.map(siteContext.journeySummary),
                personas: analysis.content.personas.map(siteContext.personaCard), movers: siteContext.moverValues(),
                changesLink: changes.map { TitledLink(title: siteContext.strings.sentence("changes_title", ["revision": $0.revision]),
                                                      url: siteContext.link(SitePaths.changes)) }))
        case .journey(let slug):
            let journey = Self.journeyContext(slug, path: path, analysis: analysis, words: words)
            return page(journey.context, journey.item.journey.title, journeyFrame(journey.item, context: journey.context, bodies: bodies, words: words))
        case .stage(let slug, let index):
            let journey = Self.journeyContext(slug, path: path, analysis: analysis, words: words)
            let parts = Self.journeyParts(journey.item, context: journey.context, bodies: bodies, words: words, wait: false)
            let stage = parts?.stages[index] ?? TemplateValue(encoding: journey.context.stageValues(journey.item, index: index))
            return page(journey.context, "\(journey.item.journey.stages[index].name) — \(journey.item.journey.title)",
                        journey.context.stagePageValues(journey.item, index: index, stage: stage))
        case .report(let slug), .poster(let slug):
            let journey = Self.journeyContext(slug, path: path, analysis: analysis, words: words, mode: .report)
            return page(journey.context, journey.item.journey.title, journeyFrame(journey.item, context: journey.context, bodies: bodies, words: words))
        case .persona(let slug):
            let persona = analysis.content.persona(slug)!
            return page(siteContext, persona.name, siteContext.personaPageValues(persona))
        case .painPoints:
            return page(siteContext, siteContext.strings["nav_pain_points"], siteContext.painPointRegisterValues())
        case .opportunities:
            return page(siteContext, siteContext.strings["nav_opportunities"], siteContext.opportunityBacklogValues())
        case .touchpoints:
            return page(siteContext, siteContext.strings["nav_touchpoints"], siteContext.touchpointInventoryValues())
        case .tag(let slug):
            let tag = Tag.all(in: analysis).first { $0.slug == slug }!
            return page(siteContext, siteContext.strings.sentence("page_title_tag", ["tag": tag.name]), siteContext.tagValues(tag))
        case .solutions:
            return page(siteContext, siteContext.strings["nav_solutions"], siteContext.solutionListValues())
        case .solution(let slug):
            return page(siteContext, analysis.content.solutions.first { $0.slug == slug }!.title, siteContext.solutionPageValues(slug))
        case .notFound:
            return page(siteContext, siteContext.strings["not_found"], NotFoundValues(baseHref: site.baseURL))
        case .changes(let changes):
            let values = siteContext.changesValues(changes)
            return page(siteContext, values.heading, values)
        }
    }

    /// The values of a journey's page, report or poster around its body, which is rendered once
    /// for all three (the poster takes it up to the end of the map).
    private func journeyFrame(_ item: JourneyAnalysis, context: PageContext, bodies: JourneyBodies, words: InterfaceWords) -> JourneyFrameValues {
        let parts = Self.journeyParts(item, context: context, bodies: bodies, words: words, wait: true)!
        let body = if case .poster = self { String(parts.map) } else { parts.html }
        // A poster links to its SVG twin when the link leads somewhere: on the published site.
        let posterSVG = if case .poster = self, context.site.baseURL != nil { context.link(SitePaths.posterSVG(item.journey.slug)) } else { String?.none }
        return JourneyFrameValues(journey: TitledLink(title: item.journey.title, url: context.link(SitePaths.journey(item.journey.slug))),
                                  journeyBody: HTML(body), posterSVGURL: posterSVG)
    }

    /// The journey's body and stage values, made once for its page, its report and its stages'
    /// pages; nil for a page that does not `wait` while another page makes them.
    private static func journeyParts(_ item: JourneyAnalysis, context: PageContext, bodies: JourneyBodies,
                                     words: InterfaceWords, wait: Bool) -> JourneyBodies.Parts? {
        let slug = item.journey.slug
        // Its page, report and poster, and its stages' pages.
        return bodies.parts(for: slug, pages: item.journey.stages.count + 3, wait: wait) {
            journeyBodyValues(slug, in: context.analysis, words: words)
        }
    }

    /// The values `partials/journey-body` is rendered with: those of the journey's page, at its path.
    static func journeyBodyValues(_ slug: String, in analysis: SiteAnalysis, words: InterfaceWords) -> TemplateValue {
        let path = SitePaths.journey(slug)
        let journey = journeyContext(slug, path: path, analysis: analysis, words: words)
        return TemplateValue(encoding: PageValues(site: TemplateValue(encoding: journey.context.siteValues()), pageTitle: journey.item.journey.title,
                                                  paperSize: journey.context.paper.cssName, siteHeader: nil, inlineStyle: nil,
                                                  own: journey.context.journeyValues(journey.item)))
    }

    /// A journey's page context, in the journey's language.
    private static func journeyContext(_ slug: String, path: String, analysis: SiteAnalysis, words: InterfaceWords,
                                mode: PageContext.Mode = .site) -> (item: JourneyAnalysis, context: PageContext) {
        let item = analysis.journey(slug)!
        let context = PageContext(analysis: analysis, words: words, path: path,
                                  language: item.journey.language ?? analysis.content.site.language, mode: mode, paper: item.journey.paper)
        return (item, context)
    }
}

/// The home page: every journey and persona, and the journeys that moved since their last snapshot.
struct IndexValues: Encodable {
    let journeys: [JourneyCard]
    let personas: [PersonaCard]
    let movers: [MoverView]
    /// The page of what changed since a revision, when the build compared with one.
    let changesLink: TitledLink?
    let isHome = true
}

/// The page servers show for a missing address.
struct NotFoundValues: Encodable {
    /// The published site's address, so that the page's links work at any depth.
    let baseHref: String?
}

/// A journey's page, and its report: the journey's body, rendered once for both, and what
/// frames it.
struct JourneyFrameValues: Encodable {
    let journey: TitledLink
    /// `partials/journey-body` rendered with the journey page's values (see `JourneyBodies`).
    let journeyBody: HTML
    /// On a poster, its `poster.svg` on the published site; nil without `base_url`.
    let posterSVGURL: String?
}
