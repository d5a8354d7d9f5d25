/// Small, valid content files that tests start from and then break on purpose.
public enum ContentSamples {
    public static let site = """
        title: Test bakery
        language: en
        scale:
          min: -2
          max: 2

        """

    public static func persona(_ name: String) -> String {
        """
        ---
        name: \(name)
        role: Customer
        ---
        Notes about \(name).

        """
    }

    public static func journey(personas: [String], extra: String = "") -> String {
        """
        ---
        title: Buying bread
        personas: [\(personas.joined(separator: ", "))]
        \(extra)---
        The journey's summary.

        """
    }

    public static func stage(_ name: String, emotion: String = "1", extra: String = "") -> String {
        """
        ---
        stage: \(name)
        emotion: \(emotion)
        \(extra)---
        Notes on \(name).

        """
    }

    /// A valid content folder: one persona (`ann`), one journey (`bread`) of two stages.
    public static func write(into folder: TemporaryFolder, prefix: String = "") {
        folder.write(prefix + "site.yml", site)
        folder.write(prefix + "personas/ann.md", persona("Ann"))
        folder.write(prefix + "journeys/bread/journey.md", journey(personas: ["ann"]))
        folder.write(prefix + "journeys/bread/01-awareness.md", stage("Awareness", emotion: "1"))
        folder.write(prefix + "journeys/bread/02-purchase.md", stage("Purchase", emotion: "-1"))
    }
}
