import Templating

/// What every page's template receives, whatever its kind: the site, the words of the page's
/// language, the way back to the root, and the navigation. It is all the site header sees.
struct SiteValues: Encodable {
    /// The page's language: `en`, `fr`.
    let lang: String
    /// The way from the page's folder back to the site's root: `""`, `../../`.
    let root: String
    /// The interface's words in the page's language, by key (`t.lane_actions`).
    let t: TemplateValue
    let site: Site
    /// The address of the theme's folder, ending in `/`.
    let theme: String
    let nav: Navigation
    /// Whether the page is a standalone report, whose links lead to the published site or nowhere.
    let isReport: Bool
    /// The address of the search index script.
    let searchIndex: String

    struct Site: Encodable {
        let title: String
        let description: String?
        /// The home page's address.
        let home: String
    }

    /// The site's menus, with the entry of the page (or of its journey) marked current.
    struct Navigation: Encodable {
        let journeys: [JourneyEntry]
        let personas: [PersonaEntry]
        let painPoints: Register
        let opportunities: Register
        let touchpoints: Register
        /// The solutions page, when the site has solutions.
        let solutions: Register?
        /// The home page's full list, when the menu lists only the first journeys.
        let allJourneys: FullList?
        /// The home page's full list, when the menu lists only the first personas.
        let allPersonas: FullList?

        struct JourneyEntry: Encodable {
            let title: String
            let url: String
            let current: Bool
            /// The journey's language, when it is not the page's.
            let lang: String?
        }

        struct PersonaEntry: Encodable {
            let name: String
            let url: String
            let current: Bool
        }

        struct Register: Encodable {
            let url: String
            let current: Bool
        }

        struct FullList: Encodable {
            let url: String
            let count: Int
        }
    }
}

/// What a page's template receives: the site values and the page's own values side by side
/// (`{{site.title}}`, `{{stage.name}}`), with its title and, but in a report, the site header.
struct PageValues<Own: Encodable>: Encodable {
    /// `SiteValues`, made once per navigation state (see `SiteHeaders`): their keys are spread at the page's top level.
    let site: TemplateValue
    let pageTitle: String
    /// The paper the page prints on, in landscape, as CSS names it: `A3`, `A4`.
    let paperSize: String
    /// The site header, rendered once per navigation state (see `SiteHeaders`); none in a report.
    let siteHeader: HTML?
    /// The theme's stylesheets, inline; in a report only.
    let inlineStyle: HTML?
    let own: Own

    private enum Keys: String, CodingKey { case pageTitle, paperSize, siteHeader, inlineStyle }

    func encode(to encoder: any Encoder) throws {
        try site.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(pageTitle, forKey: .pageTitle)
        try container.encode(paperSize, forKey: .paperSize)
        try container.encodeIfPresent(siteHeader, forKey: .siteHeader)
        try container.encodeIfPresent(inlineStyle, forKey: .inlineStyle)
        try own.encode(to: encoder)
    }
}

/// A link with the name it shows.
struct NamedLink: Encodable {
    let name: String
    let url: String
}

/// A link with the title it shows.
struct TitledLink: Encodable {
    let title: String
    let url: String
}

/// A score as pages show it: the number, the scale's word, and its tone for colour.
struct ScoreView: Encodable {
    /// `+1.5`, `−0.5`, or the "no score" text.
    let text: String
    /// The scale's word for the level the score rounds to.
    var label: String?
    let hasScore: Bool
    /// `positive`, `neutral`, `negative`, or `none` without a score.
    let tone: String
    /// The label's language (the site's), when the page speaks another.
    var labelLang: String?
    /// Where the score comes from, when not written in the note (`from the survey`); curve tables only.
    var source: String?
}
