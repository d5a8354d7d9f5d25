/// Every name the values of a page have, at any depth, as docs/templates.md lists them: what
/// `check` holds the names templates use against (a test keeps the two the same).
enum TemplateNames {
    static let all: Set<String> = [
        "actions", "actors", "allJourneys", "allPersonas", "appearances", "baseHref", "body", "cells",
        "change", "changes", "channel", "channels", "charts", "color", "compares", "comparison",
        "contentLang", "conversion", "count", "csv", "current", "curve", "curveTable", "date", "delta",
        "description", "direction", "does", "empathy", "empathyMaps", "distribution", "done", "effort", "effortLevel", "effortRank", "evidence",
        "expectations", "feedback", "feedbackCount", "feeling", "feels", "figures", "finding", "friction", "fromAnswers", "frustrations", "funnel", "funnelFinding",
        "funnelRows", "gains", "goals", "hasBody", "hasScore", "headers", "heatmap", "heatmapTable", "heatmaps",
        "high", "home", "id", "impact", "impactLevel", "impactRank", "indicatorPersonas", "inlineStyle", "interval", "isAssumption",
        "isBiggestDropOff", "isLargestLoss", "isSignificant", "isFuture", "isHome", "isReport", "isThin", "items", "journey", "kind", "journeyBody", "journeyURL",
        "journeys", "label", "labelLang", "lanes", "lang", "latest", "level", "lost", "low",
        "matrix", "matrixRule", "mean", "means", "measure", "byPersona", "tables", "hasMeasure", "figuresHeading", "medium", "metrics", "movers", "name", "names", "nav",
        "negative", "next", "note", "number", "opportunities", "other", "otherUnmatched", "owner",
        "owners", "p", "pageTitle", "painPoints", "pains", "paperSize", "persona", "personaCurve", "personaScore", "personaScores", "personas",
        "place", "position", "positive", "posterSVGURL", "posterURL", "previous", "priority", "quadrant", "quadrantKey", "quote", "rank",
        "reportURL", "role", "root", "rows", "says", "scenario", "score", "searchIndex", "segment",
        "severity", "severityLabel", "severityRank", "shipped", "showMean", "since", "site", "siteHeader", "slug",
        "source", "sparkline", "stage", "stageCount", "stageURL", "stages", "standardDeviation", "state",
        "stateLabel", "status", "statusKey", "steps", "survey", "svg", "t", "tag",
        "tags", "text", "theme", "thinks", "thoughts", "timeOfDay", "title", "tone", "touchpoints", "trend",
        "unmatched", "url", "value", "verbatimExtremes", "verbatims", "verdict", "visitors", "waves", "width",
        "mapLanes", "isFeeling", "isActions", "isThoughts", "isTouchpoints", "isSteps", "isPainPoints", "isOpportunities",
        "isVerbatims", "isFeedback", "isChanges", "cell", "custom", "solutions", "opportunityCount", "painPointCount", "started",
        "delivers", "addresses", "baseline", "noBaseline", "blueprintLane", "blueprintLine", "blueprintBoxes", "serves", "texts",
        "metric", "laneBoxes", "key", "heading", "compared", "summary", "siteChanges", "sections", "changesLink", "problems",
    ]
}
