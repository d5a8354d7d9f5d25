import Foundation
import JourneyModel

/// A new site folder: `Content/` with a starter journey to edit, in English or French, so that
/// `journeymap build` run inside it works at once with the built-in theme.
public enum StarterSite {
    /// Creates the site in `site`: `Content/` in `language`, and `Templates/` holding `templates`
    /// (paths relative to it) when given. Writes nothing when one of the files exists already.
    @discardableResult
    public static func create(in site: NewFiles, language: ContentLanguage, templates: [OutputFile] = []) throws -> [String] {
        let content = contentFiles(in: language).map { OutputFile(path: "Content/\($0.path)", contents: $0.contents) }
        let theme = templates.map { OutputFile(path: "Templates/\($0.path)", contents: $0.contents) }
        return try site.create(content + theme)
    }

    /// The starter content: `site.yml`, a persona, a journey of four scored stages, and `assets/`.
    static func contentFiles(in language: ContentLanguage) -> [OutputFile] {
        let words = Words.in(language)
        let persona = PersonaDraft(name: words.persona)
        let journey = JourneyDraft(
            slug: Slug.suggest(from: words.journey), title: words.journey, personas: [persona.slug], summary: words.summary,
            stages: zip(words.stages, [1, 0.5, -1, 1.5]).map { StageDraft(name: $0, emotion: $1) })
        let scale = EmotionScale(labels: EmotionScale.defaultLabels(language: language.rawValue))
        return [OutputFile(path: "site.yml", text: words.settings), persona.file(in: language)]
            + journey.files(scale: scale, siteLanguage: language) + [OutputFile(path: "assets/.gitkeep", text: "")]
    }

    /// The starter's words in one language.
    struct Words {
        var persona: String
        var journey: String
        var summary: String
        var stages: [String]
        /// `site.yml`, with every key explained.
        var settings: String

        static func `in`(_ language: ContentLanguage) -> Words {
            switch language {
            case .en: english
            case .fr: french
            }
        }

        static let english = Words(
            persona: "Alex Morgan", journey: "Placing a first order",
            summary: "A starter journey: edit its notes, or add a journey with `journeymap new journey`.",
            stages: ["Awareness", "Consideration", "Purchase", "Loyalty"],
            settings: """
                # The site's settings; docs/content-format.md in the journeymap repository lists them all.
                title: Customer journeys          # the home page heading, part of every page's title
                language: en                      # en or fr: the language of the site's own words
                # description: …                  # shown under the title, and as every page's description
                # base_url: https://intranet.example.com/cx/journeys/   # where the site is published
                # templates: ../Templates         # your own templates over the built-in theme (default: ../Templates if it exists)
                scale:                            # the emotion scale every score is written on
                  min: -2
                  max: 2
                  labels: { -2: Frustrated, -1: Unhappy, 0: Neutral, 1: Pleased, 2: Delighted }
                allow_raw_html: false             # true passes raw HTML in Markdown through

                """)

        static let french = Words(
            persona: "Camille Dubois", journey: "Passer une première commande",
            summary: "Un parcours pour démarrer : modifiez ses notes, ou ajoutez un parcours avec `journeymap new journey`.",
            stages: ["Sensibilisation", "Considération", "Achat", "Fidélité"],
            settings: """
                # Les réglages du site ; docs/content-format.md, dans le dépôt de journeymap, les décrit tous.
                title: Parcours clients           # le titre de l'accueil, repris dans le titre de chaque page
                language: fr                      # en ou fr : la langue des mots du site lui-même
                # description: …                  # affichée sous le titre, et comme description de chaque page
                # base_url: https://intranet.example.com/cx/parcours/   # l'adresse où le site est publié
                # templates: ../Templates         # vos gabarits, par-dessus le thème intégré (par défaut : ../Templates s'il existe)
                scale:                            # l'échelle d'émotion de toutes les notes
                  min: -2
                  max: 2
                  labels: { -2: Frustré, -1: Mécontent, 0: Neutre, 1: Satisfait, 2: Ravi }
                allow_raw_html: false             # true laisse passer le HTML brut du Markdown

                """)
    }
}
