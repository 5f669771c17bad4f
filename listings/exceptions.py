class InvalidTransition(Exception):
    """A status change that the model's transition map does not allow."""
