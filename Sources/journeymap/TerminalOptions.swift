import ArgumentParser

/// How the command talks to the terminal.
struct TerminalOptions: ParsableArguments {
    @Flag(help: "No colours in messages (also when NO_COLOR is set or the output is not a terminal).")
    var noColor = false

    /// Applies the options to `Console`; call it first in `run()`.
    func apply() {
        if noColor { Console.colors = false }
    }
}
