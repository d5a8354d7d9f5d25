import JourneyModel

/// Why an authoring command wrote nothing: what is wrong, and what to do about it.
public typealias AuthoringError = CommandFailure
