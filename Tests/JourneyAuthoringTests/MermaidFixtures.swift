/// Journey diagrams written as people write them: in the style of Mermaid's documentation, of
/// its test suite (journey.spec.js, the Cypress rendering tests, the demo page) and of public
/// READMEs.
enum MermaidFixtures {
    /// journey.spec.js, "should handle a task definition": tasks without actors, `5:` with an
    /// empty actor list, no space after `:`.
    static let specTasks = """
        journey
        title Adding journey diagram functionality to mermaid
        section Documentation
        A task: 5: Alice, Bob, Charlie
        B task: 3:Bob, Charlie
        C task: 5
        D task: 5: Charlie, Alice
        E task: 5:
        section Another section
        P task: 5:
        Q task: 5:
        R task: 5:
        """

    /// journey.spec.js, "should handle an accessibility multiline description": the title
    /// follows the closing `}` on the same line.
    static let specAccessibility = """
        journey
        accDescr {
                A user journey for
                family shopping
              }title Adding journey diagram functionality to mermaid
        accTitle: Adding acc journey diagram functionality to mermaid
        section Order from website
        """

    /// journey.spec.js, "should handle multiline section titles with different line breaks".
    static let specLineBreaks = "journey\ntitle Adding gantt diagram functionality to mermaid\n"
        + "section Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5"

    /// Mermaid's demo page (demos/journey.html): the title in the front matter, a ':' in accDescr.
    static let demo = """
        ---
        title: My working day
        ---
        journey
          accTitle: Very simple journey demo
          accDescr: 2 main sections: work and home, each with just a few tasks
        section Go to work
          Make tea: 5: Me
          Go upstairs: 3: Me
          Do work: 1: Me, Cat
        section Go home
          Go downstairs: 5: Me
          Sit down: 3: Me
        """

    /// The Cypress rendering tests: spaces around every ':', a double space after 'title', the
    /// same section twice, a front matter with only configuration.
    static let cypress = """
        ---
        config:
          journey:
            maxLabelWidth: 320
        ---
        journey
              title  Web hook life cycle
              section Darkoob
                Make preBuilt:5: Darkoob user
                register slug : 5: Darkoob userf deliberately increasing the size of this label
                Map slug to a Prebuilt Job:5: Darkoob user
              section External Service
                set Darkoob slug as hook for an Event : 5 : admin Exjjjnjjjj qwerty
                listen to the events : 5 :  External Service
              section Darkoob
                check for inputs : 5 : DarkoobAPI
        """

    /// A README: a theme directive, CRLF line ends, tabs, blank lines, comments, trailing
    /// spaces, emoji and accented names, a French title.
    static let frenchReadme = [
        "%%{init: {'theme': 'neutral'}}%%",
        "journey",
        "\ttitle Parcours d’achat 🛒 — été 2024  ",
        "",
        "\t%% Découverte",
        "\tsection Découverte",
        "\t\tVoit une pub Instagram 📱: 4: Zoë, Jérôme  ",
        "\t\tLit les avis : 3 : Zoë\t",
        "",
        "\tsection Achat",
        "\t\tPaie en ligne: 2: Jérôme",
        "",
    ].joined(separator: "\r\n")

    /// Keywords in capitals, as Mermaid's case-insensitive lexer reads them.
    static let shouting = """
        journey
          TITLE Shouting
          Section Morning
            Wake up: 3: Me
          ACCTITLE: Loud
          AccDescr: Very loud
        """
}
