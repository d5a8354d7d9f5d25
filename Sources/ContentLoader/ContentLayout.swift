/// Where notes live in a content folder, for tools that look at its paths without loading it.
public enum ContentLayout {
    /// The journey of a stage note's path in the content folder (`journeys/<journey>/NN-<slug>.md`,
    /// or `<slug>.md` in a journey ordered by time of day): any note in a journey folder but its
    /// `journey.md`; nil for any other file.
    public static func journey(ofStageNote path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count == 3, parts[0] == "journeys", parts[2].hasSuffix(".md"), parts[2] != "journey.md" else { return nil }
        return String(parts[1])
    }
}
