/// A customer-journey model: a standard list of stages a new journey starts from.
public enum StageModel: String, Sendable, CaseIterable {
    /// The classic purchase funnel, from awareness to advocacy.
    case linear
    /// Nine stages from awareness to loyalty, with evaluation and intention before the purchase.
    case nineStage = "nine-stage"
    /// The "pirate metrics" of a product: acquisition, activation, retention, referral, revenue.
    case aarrr
    /// The funnel narrowing to the purchase, then widening through adoption and expansion.
    case hourglass
    /// A day in the customer's life: the moments in which the need for the brand arises.
    case daily

    /// The display names of the model's stages, in order, in `language`.
    public func stageNames(in language: ContentLanguage) -> [String] {
        switch (self, language) {
        case (.linear, .en):
            ["Awareness", "Consideration", "Decision", "Purchase", "Post-purchase", "Loyalty", "Advocacy"]
        case (.linear, .fr):
            ["Sensibilisation", "Considération", "Décision", "Achat", "Post-achat", "Fidélité", "Recommandation"]
        case (.nineStage, .en):
            ["Awareness", "Evaluation", "Interest", "Intention", "Purchase", "Post-purchase", "Retention",
             "Recommendation", "Loyalty"]
        case (.nineStage, .fr):
            ["Sensibilisation", "Évaluation", "Intérêt", "Intention", "Achat", "Post-achat", "Rétention",
             "Recommandation", "Fidélité"]
        case (.aarrr, .en):
            ["Acquisition", "Activation", "Retention", "Referral", "Revenue"]
        case (.aarrr, .fr):
            ["Acquisition", "Activation", "Rétention", "Recommandation", "Revenus"]
        case (.hourglass, .en):
            ["Awareness", "Engagement", "Decision", "Purchase", "Onboarding", "Adoption", "Retention", "Expansion",
             "Advocacy"]
        case (.hourglass, .fr):
            ["Sensibilisation", "Engagement", "Décision", "Achat", "Intégration", "Adoption", "Rétention", "Expansion",
             "Recommandation"]
        case (.daily, .en):
            ["Wake-up", "Breakfast", "Commute", "Morning at work", "Lunch", "Afternoon", "Commute home", "Evening"]
        case (.daily, .fr):
            ["Réveil", "Petit-déjeuner", "Trajet", "Matinée au travail", "Déjeuner", "Après-midi", "Retour", "Soirée"]
        }
    }

    /// The time of day of each stage, for the daily-routine model; none for the others.
    public var timesOfDay: [String]? {
        self == .daily ? ["07:00", "07:30", "08:15", "09:30", "12:30", "15:00", "18:00", "20:30"] : nil
    }
}

/// A language the site's own words exist in, and that stage names can be written in.
public enum ContentLanguage: String, Sendable, CaseIterable {
    case en, fr
}
