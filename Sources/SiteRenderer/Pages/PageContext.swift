import JourneyAnalysis
import JourneyModel

/// What every page's template gets: the site, the words of its language, the way back to the
/// root, and the navigation.
struct PageContext {
    let analysis: SiteAnalysis
    /// The page's path in the output folder.
    let path: String
    let strings: UIStrings
    let format: NumberFormat
    let mode: Mode
    /// The paper the page prints on: its journey's, else the site's.
    let paper: PaperSize

    /// Whether the page is part of the site, or a self-contained file that links to no other file.
    enum Mode {
        case site
        /// A standalone report: links go to the published site when `base_url` is known, else nowhere.
        case report
    }

    init(analysis: SiteAnalysis, words: InterfaceWords, path: String, language: String, mode: Mode = .site, paper: PaperSize? = nil) {
        self.analysis = analysis
        self.path = path
        self.mode = mode
        self.paper = paper ?? analysis.content.site.paper
        strings = words.strings(language: language, overrides: analysis.content.site.strings)
        format = NumberFormat(language: strings.language)
    }

    var root: String { SitePaths.root(of: path) }
    var site: Site { analysis.content.site }

    /// A link from this page to another page of the site.
    /// (Slugs in other scripts than Latin are percent-encoded, see `Slug.url(of:)`.)
    func link(_ target: String) -> String {
        switch mode {
        case .site: root + Slug.url(of: target)
        case .report: site.baseURL.map { $0 + Slug.url(of: target) } ?? "#"
        }
    }

    /// The values that are the same on every page with this page's navigation state: all the
    /// site header is given (see `SiteHeaders`).
    func siteValues() -> SiteValues {
        SiteValues(lang: strings.language, root: root, t: strings.templateValue,
                   site: .init(title: site.title, description: site.description, home: link(SitePaths.index)),
                   theme: link(SitePaths.theme + "/"), nav: navigation(), isReport: mode == .report,
                   searchIndex: link(SearchIndex.scriptPath))
    }

    /// What `siteValues()` depends on; pages with equal states get equal site values.
    var navigationState: NavigationState {
        let current: String?
        if let journey = currentJourney {
            current = menuJourneys.contains { $0.journey.slug == journey } ? SitePaths.journey(journey) : nil
        } else {
            current = (menuPersonas.map { SitePaths.persona($0.slug) } + Self.registerPaths).first { $0 == path }
        }
        return NavigationState(language: strings.language, root: root, mode: mode, current: current)
    }

    private static let registerPaths = [SitePaths.painPoints, SitePaths.opportunities, SitePaths.touchpoints, SitePaths.solutions]

    /// The menus list this many journeys and personas at most, then link to the full lists on the
    /// home page: every page carries the menus, so a longer list would grow every page with the site.
    static let menuLength = 20

    private var menuJourneys: ArraySlice<JourneyAnalysis> { analysis.journeys.prefix(Self.menuLength) }
    private var menuPersonas: ArraySlice<Persona> { analysis.content.personas.prefix(Self.menuLength) }

    private func navigation() -> SiteValues.Navigation {
        let journeys = menuJourneys.map { item in
            let target = SitePaths.journey(item.journey.slug)
            return SiteValues.Navigation.JourneyEntry(title: item.journey.title, url: link(target), current: item.journey.slug == currentJourney,
                                                      lang: language(of: item.journey))
        }
        let personas = menuPersonas.map { persona in
            let target = SitePaths.persona(persona.slug)
            return SiteValues.Navigation.PersonaEntry(name: persona.name, url: link(target), current: path == target)
        }
        let register = { (target: String) in SiteValues.Navigation.Register(url: link(target), current: path == target) }
        return SiteValues.Navigation(
            journeys: Array(journeys), personas: Array(personas), painPoints: register(SitePaths.painPoints),
            opportunities: register(SitePaths.opportunities), touchpoints: register(SitePaths.touchpoints),
            solutions: analysis.content.solutions.isEmpty ? nil : register(SitePaths.solutions),
            allJourneys: analysis.journeys.count > Self.menuLength
                ? .init(url: link(SitePaths.index) + "#journeys-heading", count: analysis.journeys.count) : nil,
            allPersonas: analysis.content.personas.count > Self.menuLength
                ? .init(url: link(SitePaths.index) + "#personas-heading", count: analysis.content.personas.count) : nil)
    }

    /// The journey whose entry is current: on the journey's page, report and stage pages.
    private var currentJourney: String? { SitePaths.journeyFolder(of: path) }

    /// The language of a journey's own text when this page speaks another, for `lang` attributes.
    func language(of journey: Journey) -> String? {
        let own = journey.language ?? site.language
        return own == strings.language ? nil : own
    }

    /// A journey's tags, each with the page that lists the journeys it marks; a tag without a
    /// letter or digit has no page (see `Tag.all`), so it is left out rather than linked to nothing.
    func tagLinks(_ tags: [String]) -> [NamedLink] {
        tags.filter { !Tag.slug($0).isEmpty }.map { NamedLink(name: $0, url: link(SitePaths.tag(Tag.slug($0)))) }
    }

    /// A score and the scale's word for it, or the "no score" text.
    func scoreValues(_ score: Double?) -> ScoreView {
        guard let score else { return ScoreView(text: strings["no_score"], hasScore: false, tone: "none") }
        return ScoreView(text: format.score(score), label: site.scale.label(for: NumberFormat.shown(score)), hasScore: true,
                         tone: tone(score), labelLang: contentLanguage)
    }

    /// `positive`, `neutral` or `negative`, for colouring a score: the tone of the scale level
    /// the score rounds to, so the colour agrees with the level's label.
    func tone(_ score: Double) -> String {
        let level = NumberFormat.shown(score).rounded(.toNearestOrAwayFromZero), neutral = site.scale.neutral
        return level > neutral ? "positive" : level < neutral ? "negative" : "neutral"
    }

    /// The site's language when this page speaks another: content written in site.yml and the
    /// persona notes is in the site's language, and is marked so on such pages.
    var contentLanguage: String? { strings.language == site.language ? nil : site.language }
}
