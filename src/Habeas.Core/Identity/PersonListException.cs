namespace Habeas.Core.Identity;

/// <summary>A person list that cannot be read as one; the message names the file, the line and what was expected.</summary>
public sealed class PersonListException : Exception
{
    public PersonListException(string message)
        : base(message)
    {
    }

    public PersonListException()
    {
    }

    public PersonListException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
