import JourneyModel

/// Why a comparison could not be made at all: what is wrong, and what to do about it.
public typealias DiffFailure = CommandFailure
