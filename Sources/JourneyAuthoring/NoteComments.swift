/// The comments that explain each key of a generated note, in the language of the site.
struct NoteComments: Sendable {
    // Persona notes.
    var personaName: String
    var personaRole: String
    var personaSegment: String
    var personaQuote: String
    var personaGoals: String
    var personaFrustrations: String
    var personaChannels: String
    var personaColor: String
    var personaEmpathy: String
    var personaBody: String
    // journey.md.
    var journeyTitle: String
    var journeyPersonas: String
    var journeyState: String
    var journeyCompares: String
    var journeyScenario: String
    var journeyExpectations: String
    var journeyOwner: String
    var journeyTags: String
    var journeyLanguage: String
    var journeyDraft: String
    var journeyBody: String
    // Stage notes; `%persona` and `%scale` are replaced.
    var stageName: String
    var stageEmotion: String
    var stageEmotions: String
    var stageFeeling: String
    var stageQuote: String
    var stageActions: String
    var stageThoughts: String
    var stageTouchpoints: String
    var stageSteps: String
    var stagePainPoints: String
    var stageOpportunities: String
    var stageMetrics: String
    var stageEvidence: String
    var stageOwner: String
    /// A lane of the site's own: `%title` is its title.
    var stageLane: String
    var stageBody: String
    var stageTimeOfDay: String
    var stageDailyRoutine: String
    /// `from %min to %max`, for the scale's ends.
    var scaleRange: String

    /// The comments in `language`.
    static func `in`(_ language: ContentLanguage) -> NoteComments {
        switch language {
        case .en: english
        case .fr: french
        }
    }

    static let english = NoteComments(
        personaName: "the persona's name, as shown on the site (required)",
        personaRole: "for example: Working parent, 38",
        personaSegment: "the customer segment",
        personaQuote: "a characteristic quote; keep it in quotes: \"…\"",
        personaGoals: "what they want to achieve: [Order in five minutes]",
        personaFrustrations: "what gets in their way",
        personaChannels: "the channels they use: [website, shop, email]",
        personaColor: "their curve's colour; keep the quotes: # starts a comment",
        personaEmpathy: "their empathy map, each list optional: says, thinks, does, feels, pains, gains",
        personaBody: "Below the closing line: who they are, in Markdown (research, habits, ![photo](../assets/…)).",
        journeyTitle: "the journey's title (required)",
        journeyPersonas: "persona slugs from personas/: one emotion curve each",
        journeyState: "current (as it is today) or future (as it should be)",
        journeyCompares: "for a future journey: the journey it improves",
        journeyScenario: "the situation the journey follows",
        journeyExpectations: "what the customer expects",
        journeyOwner: "the team responsible for the journey",
        journeyTags: "labels: [e-commerce, delivery]",
        journeyLanguage: "the language of the journey's pages: en or fr",
        journeyDraft: "true leaves it off the site unless built with --drafts",
        journeyBody: "Below the closing line: the journey's summary, in Markdown.",
        stageName: "the stage's name, as shown on the map (required)",
        stageEmotion: "the score for every persona: %scale",
        stageEmotions: "scores per persona, over 'emotion': { %persona: 1 }",
        stageFeeling: "a word for the emotion: Curious, Anxious…",
        stageQuote: "what a customer said; keep it in quotes: \"…\"",
        stageActions: "what the customer does: [Reads reviews, Compares prices]",
        stageThoughts: "what the customer thinks",
        stageTouchpoints: "- { name: Instagram ad, channel: social, emotion: 1 }",
        stageSteps: "finer tasks: - { name: Picks a size, score: 1, actors: [%persona] }",
        stagePainPoints: "- { text: Fees shown late, severity: low | medium | high }",
        stageOpportunities: "- { text: …, impact: high, effort: low, owner: …, status: proposed }",
        stageMetrics: "{ visitors: 1200, csat: 4.1, nps: 30, ces: 2 }",
        stageEvidence: "survey, analytics, interviews or assumption",
        stageOwner: "the team responsible for this stage",
        stageLane: "the site's lane “%title” (site.yml)",
        stageBody: "Below the closing line: research notes in Markdown (findings, links, ![](../../assets/…)).",
        stageTimeOfDay: "when in the day this moment happens, HH:MM, in quotes",
        stageDailyRoutine: "A moment of the day: note the routine (actions), the need that arises in it (thoughts, feeling), and where the brand meets it (touchpoints).",
        scaleRange: "from %min to %max"
    )

    static let french = NoteComments(
        personaName: "le nom du persona, tel que le site l'affiche (obligatoire)",
        personaRole: "par exemple : Parent actif, 38 ans",
        personaSegment: "le segment de clientèle",
        personaQuote: "une citation typique ; gardez les guillemets : \"…\"",
        personaGoals: "ce qu'il veut accomplir : [Commander en cinq minutes]",
        personaFrustrations: "ce qui l'en empêche",
        personaChannels: "les canaux qu'il utilise : [site web, boutique, e-mail]",
        personaColor: "la couleur de sa courbe ; gardez les guillemets : # commence un commentaire",
        personaEmpathy: "sa carte d’empathie, chaque liste facultative : ce qu’il dit (says), pense (thinks), fait (does), ressent (feels), ses irritants (pains) et gains (gains)",
        personaBody: "Sous la ligne de fermeture : qui il est, en Markdown (recherche, habitudes, ![photo](../assets/…)).",
        journeyTitle: "le titre du parcours (obligatoire)",
        journeyPersonas: "les personas suivis, par leur nom de fichier dans personas/ : une courbe chacun",
        journeyState: "current (tel qu'il est aujourd'hui) ou future (tel qu'il devrait être)",
        journeyCompares: "pour un parcours futur : le parcours qu'il améliore",
        journeyScenario: "la situation que suit le parcours",
        journeyExpectations: "ce que le client attend",
        journeyOwner: "l'équipe responsable du parcours",
        journeyTags: "étiquettes : [e-commerce, livraison]",
        journeyLanguage: "la langue des pages du parcours : en ou fr",
        journeyDraft: "true le laisse hors du site, sauf avec --drafts",
        journeyBody: "Sous la ligne de fermeture : le résumé du parcours, en Markdown.",
        stageName: "le nom de l'étape, tel que la carte l'affiche (obligatoire)",
        stageEmotion: "la note pour tous les personas : %scale",
        stageEmotions: "les notes par persona, qui priment sur 'emotion' : { %persona: 1 }",
        stageFeeling: "un mot pour l'émotion : Curieux, Inquiet…",
        stageQuote: "ce qu'a dit un client ; gardez les guillemets : \"…\"",
        stageActions: "ce que fait le client : [Lit les avis, Compare les prix]",
        stageThoughts: "ce que pense le client",
        stageTouchpoints: "- { name: Publicité Instagram, channel: réseaux sociaux, emotion: 1 }",
        stageSteps: "tâches plus fines : - { name: Choisit une taille, score: 1, actors: [%persona] }",
        stagePainPoints: "- { text: Frais affichés tard, severity: low | medium | high }",
        stageOpportunities: "- { text: …, impact: high, effort: low, owner: …, status: proposed }",
        stageMetrics: "{ visitors: 1200, csat: 4.1, nps: 30, ces: 2 }",
        stageEvidence: "survey (enquête), analytics (mesures), interviews (entretiens) ou assumption (hypothèse)",
        stageOwner: "l'équipe responsable de cette étape",
        stageLane: "la ligne « %title » du site (site.yml)",
        stageBody: "Sous la ligne de fermeture : les notes de recherche en Markdown (constats, liens, ![](../../assets/…)).",
        stageTimeOfDay: "à quel moment de la journée, HH:MM, entre guillemets",
        stageDailyRoutine: "Un moment de la journée : notez la routine (actions), le besoin qui y naît (pensées, ressenti) et où la marque le rencontre (points de contact).",
        scaleRange: "de %min à %max"
    )
}
