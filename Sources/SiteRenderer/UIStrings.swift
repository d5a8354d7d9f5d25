import Foundation
import Templating

/// The site's own words (navigation, lane names, labels) in each supported language.
public struct UIStrings: Sendable {
    public let language: String
    private let table: [String: String]
    /// Every string as an object of templates (`{{t.lane_actions}}`).
    let templateValue: TemplateValue

    /// The strings of `language` (English for an unknown code), with the site's own wording
    /// from `site.yml` laid over them. Made once per language and wording: pages are made by the thousand.
    public init(language: String, overrides: [String: [String: String]] = [:]) {
        let key = Key(language: language, overrides: overrides)
        self = Self.lock.withLock {
            if let strings = Self.made[key] { return strings }
            let strings = UIStrings(making: language, overrides: overrides)
            Self.made[key] = strings
            return strings
        }
    }

    private init(making language: String, overrides: [String: [String: String]]) {
        self.language = UIStrings.complete[language] == nil ? "en" : language
        let builtIn = UIStrings.complete[self.language]!
        if let own = overrides[self.language], !own.isEmpty {
            table = builtIn.merging(own) { _, site in site }
        } else {
            table = builtIn
        }
        templateValue = .object(TemplateObject(table.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
    }

    private struct Key: Hashable {
        let language: String
        let overrides: [String: [String: String]]
    }

    private static let lock = NSLock()
    /// Guarded by `lock`.
    nonisolated(unsafe) private static var made: [Key: UIStrings] = [:]

    /// Each language's table with English filling its gaps, made once: pages are made by the thousand.
    private static let complete: [String: [String: String]] = tables.mapValues { own in
        english.merging(own) { _, own in own }
    }

    public subscript(key: String) -> String { table[key] ?? key }

    /// Every string, for templates (`{{t.lane_actions}}`).
    public var all: [String: String] { table }

    /// The keys a site may override.
    public static var keys: [String] { english.keys.sorted() }

    static let tables: [String: [String: String]] = ["en": english, "fr": french]

    static let english: [String: String] = [
        "nav_main": "Site navigation", "nav_journeys": "Journeys", "nav_personas": "Personas",
        "nav_pain_points": "Pain points", "nav_opportunities": "Opportunities", "nav_touchpoints": "Touchpoints",
        "severity": "Severity", "status_title": "Status", "breadcrumb": "Breadcrumb", "all_journeys": "All journeys", "all_personas": "All personas",
        "thin_evidence": "thin evidence", "survey": "Survey", "answers": "answers", "standard_deviation": "Standard deviation",
        "confidence_interval": "95% confidence interval", "distribution": "Distribution", "verbatims": "Verbatims",
        "curve_uses_explicit": "The curve uses the score written in the note; the survey says", "curve_uses_survey": "The curve uses the survey's mean.",
        "source_survey": "from the survey", "trend": "Trend", "change_since": "Change since", "shipped": "Done",
        "movers": "Change since the last snapshot", "improved": "improved", "declined": "declined", "steady": "steady", "now": "now",
        "survey_rows": "survey answers", "tag": "Tag", "not_found": "Page not found", "not_found_text": "There is no page at this address. The journeys are listed on the home page.",
        "search": "Search", "search_placeholder": "Search journeys, stages, pain points…", "search_no_results": "No results",
        "search_results": "results", "filter": "Filter", "filter_placeholder": "Type to filter the rows", "sort_by": "Sort by",
        "register_intro": "Every pain point of every journey, the most severe first.",
        "backlog_intro": "Every opportunity of every journey, highest priority first (impact × ease).",
        "inventory_intro": "Every touchpoint by channel, the stages it appears in and its mean emotion.",
        "appearances": "Appears in", "download_csv": "CSV file", "report": "Report (one file)", "kind_journey": "Journey",
        "kind_stage": "Stage", "kind_pain": "Pain point", "kind_opportunity": "Opportunity", "kind_persona": "Persona", "skip_to_content": "Skip to content",
        "portfolio": "Journey portfolio", "portfolio_intro": "Every journey map of this site, with its overall emotion score.",
        "state_current": "Current state", "state_future": "Future state",
        "stages": "stages", "stage": "Stage", "overall_score": "Overall score", "no_score": "no score",
        "personas": "Personas", "persona": "Persona", "scenario": "Scenario", "expectations": "Expectations",
        "owner": "Owner", "tags": "Tags", "compares_with": "Compared with", "summary": "Summary and insights",
        "journey_map": "Journey map", "emotion_curve": "Emotion curve",
        "lane_stage": "Stage", "lane_emotion": "Emotion", "lane_actions": "Actions", "lane_thoughts": "Thoughts",
        "lane_feeling": "Feeling", "lane_touchpoints": "Touchpoints", "lane_pain_points": "Pain points",
        "lane_opportunities": "Opportunities", "lane_steps": "Steps", "lane_metrics": "Metrics",
        "lane_evidence": "Evidence", "lane_owner": "Owner", "owners_and_metrics": "Owners and metrics",
        "notes": "Research notes", "previous_stage": "Previous stage", "next_stage": "Next stage",
        "back_to_journey": "Back to the journey", "appears_in": "Journeys",
        "goals": "Goals", "frustrations": "Frustrations", "channels": "Channels", "segment": "Segment",
        "severity_low": "low", "severity_medium": "medium", "severity_high": "high",
        "impact": "impact", "effort": "effort", "status": "status",
        "status_proposed": "proposed", "status_planned": "planned", "status_in-progress": "in progress", "status_done": "done",
        "evidence_survey": "survey", "evidence_analytics": "analytics", "evidence_interviews": "interviews",
        "evidence_assumption": "assumption",
        "metric_visitors": "Visitors", "metric_csat": "CSAT", "metric_nps": "NPS", "metric_ces": "CES",
        "score": "Score", "scores_by_persona": "Scores by persona", "generated_by": "Generated by journeymap",
        "curve_desc_none": "No stage has a score yet.",
        "all_customers": "All customers", "home": "Home",
        "lowest_point": "Lowest point", "highest_point": "Highest point", "biggest_drop": "Biggest drop",
        "impact_effort_matrix": "Impact/effort matrix", "impact_axis": "Impact", "effort_axis": "Effort",
        "quadrant_quick-win": "Quick win", "quadrant_big-bet": "Big bet", "quadrant_fill-in": "Fill-in",
        "quadrant_money-pit": "Money pit", "funnel": "Funnel", "touchpoint_heatmap": "Touchpoints by channel and stage",
        "top_priority": "Top priority", "end_to_end": "End to end", "biggest_loss": "Biggest loss", "customers": "customers",
        "channel_other": "other",
        "mean_score": "Mean score", "end_score": "End", "peak_end": "Peak–end score", "above_neutral": "Stages above neutral",
        "evidence_coverage": "Stages backed by research", "source_steps": "from steps", "source_touchpoints": "from touchpoints",
        "journey_figures": "Key figures", "friction": "Friction by stage", "friction_score": "Friction",
        "opportunity_priorities": "Opportunity priorities", "priority_rank": "Rank", "quadrant": "Quadrant",
        "visitors": "Visitors", "conversion": "Conversion", "lost": "Lost", "channel": "Channel",
        "comparison": "Current and future", "change": "Change", "only_here": "Only in this journey", "only_there": "Only in the compared journey",
        "chart_data": "Data of the chart", "mean": "Mean", "download_svg": "SVG file", "weakest_channel": "Weakest channel", "strongest_channel": "Strongest channel",
    ]

    static let french: [String: String] = [
        "nav_main": "Navigation du site", "nav_journeys": "Parcours", "nav_personas": "Personas",
        "nav_pain_points": "Points de friction", "nav_opportunities": "Opportunités", "nav_touchpoints": "Points de contact",
        "severity": "Gravité", "status_title": "Statut", "breadcrumb": "Fil d’Ariane", "all_journeys": "Tous les parcours", "all_personas": "Tous les personas",
        "thin_evidence": "peu de réponses", "survey": "Enquête", "answers": "réponses", "standard_deviation": "Écart type",
        "confidence_interval": "Intervalle de confiance à 95 %", "distribution": "Répartition", "verbatims": "Verbatims",
        "curve_uses_explicit": "La courbe utilise le score écrit dans la note ; l’enquête donne", "curve_uses_survey": "La courbe utilise la moyenne de l’enquête.",
        "source_survey": "d’après l’enquête", "trend": "Tendance", "change_since": "Évolution depuis", "shipped": "Réalisé",
        "movers": "Évolution depuis le dernier relevé", "improved": "en progrès", "declined": "en recul", "steady": "stable", "now": "maintenant",
        "survey_rows": "réponses d’enquête", "tag": "Étiquette", "not_found": "Page introuvable", "not_found_text": "Aucune page à cette adresse. Les parcours sont listés sur la page d’accueil.",
        "search": "Rechercher", "search_placeholder": "Rechercher parcours, étapes, points de friction…", "search_no_results": "Aucun résultat",
        "search_results": "résultats", "filter": "Filtrer", "filter_placeholder": "Tapez pour filtrer les lignes", "sort_by": "Trier par",
        "register_intro": "Tous les points de friction de tous les parcours, les plus graves d’abord.",
        "backlog_intro": "Toutes les opportunités de tous les parcours, par priorité (impact × facilité).",
        "inventory_intro": "Tous les points de contact par canal, les étapes où ils apparaissent et leur émotion moyenne.",
        "appearances": "Apparaît dans", "download_csv": "Fichier CSV", "report": "Rapport (un seul fichier)", "kind_journey": "Parcours",
        "kind_stage": "Étape", "kind_pain": "Point de friction", "kind_opportunity": "Opportunité", "kind_persona": "Persona", "skip_to_content": "Aller au contenu",
        "portfolio": "Portefeuille de parcours", "portfolio_intro": "Toutes les cartes de parcours du site, avec leur score émotionnel global.",
        "state_current": "État actuel", "state_future": "État cible",
        "stages": "étapes", "stage": "Étape", "overall_score": "Score global", "no_score": "pas de score",
        "personas": "Personas", "persona": "Persona", "scenario": "Scénario", "expectations": "Attentes",
        "owner": "Responsable", "tags": "Étiquettes", "compares_with": "Comparé à", "summary": "Synthèse et enseignements",
        "journey_map": "Carte du parcours", "emotion_curve": "Courbe émotionnelle",
        "lane_stage": "Étape", "lane_emotion": "Émotion", "lane_actions": "Actions", "lane_thoughts": "Pensées",
        "lane_feeling": "Ressenti", "lane_touchpoints": "Points de contact", "lane_pain_points": "Points de friction",
        "lane_opportunities": "Opportunités", "lane_steps": "Tâches", "lane_metrics": "Indicateurs",
        "lane_evidence": "Source", "lane_owner": "Responsable", "owners_and_metrics": "Responsables et indicateurs",
        "notes": "Notes de recherche", "previous_stage": "Étape précédente", "next_stage": "Étape suivante",
        "back_to_journey": "Retour au parcours", "appears_in": "Parcours",
        "goals": "Objectifs", "frustrations": "Frustrations", "channels": "Canaux", "segment": "Segment",
        "severity_low": "faible", "severity_medium": "moyenne", "severity_high": "élevée",
        "impact": "impact", "effort": "effort", "status": "statut",
        "status_proposed": "proposée", "status_planned": "planifiée", "status_in-progress": "en cours", "status_done": "réalisée",
        "evidence_survey": "enquête", "evidence_analytics": "analytics", "evidence_interviews": "entretiens",
        "evidence_assumption": "hypothèse",
        "metric_visitors": "Visiteurs", "metric_csat": "CSAT", "metric_nps": "NPS", "metric_ces": "CES",
        "score": "Score", "scores_by_persona": "Scores par persona", "generated_by": "Généré par journeymap",
        "curve_desc_none": "Aucune étape n’a encore de score.",
        "all_customers": "Tous les clients", "home": "Accueil",
        "lowest_point": "Point le plus bas", "highest_point": "Point le plus haut", "biggest_drop": "Plus forte chute",
        "impact_effort_matrix": "Matrice impact/effort", "impact_axis": "Impact", "effort_axis": "Effort",
        "quadrant_quick-win": "Gain rapide", "quadrant_big-bet": "Grand projet", "quadrant_fill-in": "Bouche-trou",
        "quadrant_money-pit": "Gouffre", "funnel": "Entonnoir", "touchpoint_heatmap": "Points de contact par canal et étape",
        "top_priority": "Priorité n°\u{00A0}1", "end_to_end": "De bout en bout", "biggest_loss": "Plus forte perte", "customers": "clients",
        "channel_other": "autre",
        "mean_score": "Score moyen", "end_score": "Fin", "peak_end": "Score pic-fin", "above_neutral": "Étapes au-dessus du neutre",
        "evidence_coverage": "Étapes étayées par la recherche", "source_steps": "d’après les tâches", "source_touchpoints": "d’après les points de contact",
        "journey_figures": "Chiffres clés", "friction": "Friction par étape", "friction_score": "Friction",
        "opportunity_priorities": "Priorités des opportunités", "priority_rank": "Rang", "quadrant": "Quadrant",
        "visitors": "Visiteurs", "conversion": "Conversion", "lost": "Perdus", "channel": "Canal",
        "comparison": "Actuel et cible", "change": "Évolution", "only_here": "Seulement dans ce parcours", "only_there": "Seulement dans le parcours comparé",
        "chart_data": "Données du graphique", "mean": "Moyenne", "download_svg": "Fichier SVG", "weakest_channel": "Canal le plus faible", "strongest_channel": "Canal le plus fort",
    ]
}
