/// Where notes live in a content folder, for tools that look at its paths without loading it.
public enum ContentLayout {
    /// The journey of a stage note's path in the content folder (`journeys/<journey>/NN-<slug>.md`,
    /// named as `ContentFolder` reads stage notes); nil for any other file.
    public static func journey(ofStageNote path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count == 3, parts[0] == "journeys", ContentFolder.stageName(String(parts[2])) != nil else { return nil }
        return String(parts[1])
    }
}
