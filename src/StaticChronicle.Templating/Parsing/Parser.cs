using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Parsing;

/// <summary>Builds the syntax tree from tokens, reporting every error it can find (it recovers and goes on).</summary>
internal sealed partial class Parser
{
    private readonly List<Token> _tokens;
    private readonly string _text;
    private readonly string _fileName;
    private readonly LogMessageBag _messages;
    private readonly bool _scientific;
    private const int MaxDepth = 250;

    private int _index;
    private int _newLinesSkipped;
    private int _depth;
    private TextPosition _previousEnd;

    public Parser(string text, string fileName, LexerOptions options, LogMessageBag messages)
        : this(new Lexer(text, fileName, messages).Tokenize(), text, fileName, options.Lang == ScriptLang.Scientific, messages)
    {
    }

    private Parser(List<Token> tokens, string text, string fileName, bool scientific, LogMessageBag messages)
    {
        _tokens = tokens;
        _text = text;
        _fileName = fileName;
        _scientific = scientific;
        _messages = messages;
    }

    public BlockStatement ParsePage()
    {
        var start = Current.Start;
        var statements = new List<ScriptStatement>();
        try
        {
            ParsePageStatements(statements);
        }
        catch (NestingTooDeepException)
        {
            // Already reported; the rest of the template is not read.
        }

        return new BlockStatement(Span(start), statements);
    }

    /// <summary>Guards the recursive descent: a pathological template must not overflow the stack.</summary>
    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            Error(Current, $"The template nests blocks or expressions deeper than {MaxDepth} levels; simplify it.");
            throw new NestingTooDeepException();
        }
    }

    private void Leave() => _depth--;

    private void ParsePageStatements(List<ScriptStatement> statements)
    {
        while (true)
        {
            var terminator = ParseStatements(statements, BlockKind.Page);
            if (terminator.Kind == TokenKind.Eof)
            {
                break;
            }

            // A stray `end` or `else` at top level: report it and carry on after it.
            var word = Text(terminator);
            if (word == "else")
            {
                Error(terminator, "A else condition must be preceded by another if/else/when condition or a for loop.");
                Next();
                if (IsKeyword(Current, "if"))
                {
                    ParseIf();
                }
                else
                {
                    ExpectEndOfStatement();
                    ParseBody(BlockKind.Else, "else", "else <statement> ... end", terminator, allowElse: false, out _);
                    Next();
                    ExpectEndOfStatement();
                }
            }
            else
            {
                Error(terminator, $"Unexpected `{word}` statement: there is no block to close or continue here.");
                Next();
            }
        }
    }

    private enum BlockKind
    {
        Page,
        Block,
        Else,
        Case,
    }

    private Token Current
    {
        get
        {
            if (_newLinesSkipped > 0)
            {
                while (_tokens[_index].Kind == TokenKind.NewLine)
                {
                    _index++;
                }
            }

            return _tokens[_index];
        }
    }

    private Token PeekToken(int ahead = 1)
    {
        _ = Current;
        var i = Math.Min(_index + ahead, _tokens.Count - 1);
        return _tokens[i];
    }

    private Token Next()
    {
        var token = Current;
        _previousEnd = token.End;
        if (_index < _tokens.Count - 1)
        {
            _index++;
        }

        return token;
    }

    private string Text(Token token) => token.Kind switch
    {
        TokenKind.NewLine => "\\n",
        TokenKind.Eof => "<EOF>",
        TokenKind.Raw or TokenKind.Escape => token.Value ?? string.Empty,
        _ => _text[token.Start.Offset..token.End.Offset],
    };

    private SourceSpan Span(TextPosition start) => new(_fileName, start, _previousEnd.Offset >= start.Offset ? _previousEnd : start);

    private SourceSpan SpanOf(Token token) => new(_fileName, token.Start, token.End);

    private void Error(Token token, string message) => Error(token.Start, message);

    private void Error(TextPosition at, string message) =>
        _messages.Add(new LogMessage(ParserMessageType.Error, new SourceSpan(_fileName, at, at), message));

    private static bool IsEndOfStatement(Token token) =>
        token.Kind is TokenKind.NewLine or TokenKind.SemiColon or TokenKind.CodeExit or TokenKind.Eof;

    private bool IsKeyword(Token token, string word) =>
        token.Kind == TokenKind.Identifier && token.End.Offset - token.Start.Offset == word.Length && string.CompareOrdinal(_text, token.Start.Offset, word, 0, word.Length) == 0;

    /// <summary>After a statement: a newline, <c>;</c> or <c>}}</c>; anything else is reported and skipped.</summary>
    private bool ExpectEndOfStatement()
    {
        var token = Current;
        if (IsEndOfStatement(token) || token.Kind is TokenKind.Raw or TokenKind.Escape)
        {
            if (token.Kind is TokenKind.SemiColon or TokenKind.NewLine)
            {
                Next();
            }

            return true;
        }

        Error(token, $"Invalid token found `{Text(token)}`. Expecting <EOL>/end of line.");
        while (!IsEndOfStatement(Current))
        {
            Next();
        }

        return false;
    }

    /// <summary>Statements until a terminator (<c>end</c>, <c>else</c>, <c>when</c> or end of file), which is left unread.</summary>
    private Token ParseStatements(List<ScriptStatement> statements, BlockKind kind)
    {
        while (true)
        {
            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.Raw:
                case TokenKind.Escape:
                    Next();
                    statements.Add(new TextStatement(SpanOf(token), token.Value ?? string.Empty));
                    continue;
                case TokenKind.CodeEnter:
                case TokenKind.CodeExit:
                case TokenKind.NewLine:
                case TokenKind.SemiColon:
                    Next();
                    continue;
                case TokenKind.Eof:
                    return token;
                case TokenKind.Identifier when IsKeyword(token, "end") || IsKeyword(token, "else"):
                    return token;
                case TokenKind.Identifier when kind == BlockKind.Case && IsKeyword(token, "when"):
                    return token;
            }

            var statement = ParseStatement();
            if (statement is not null)
            {
                statements.Add(statement);
            }
        }
    }

    /// <summary>A block body up to its <c>end</c> (or <c>else</c> when allowed); reports a missing <c>end</c>.</summary>
    private BlockStatement ParseBody(BlockKind kind, string statementName, string syntax, Token opening, bool allowElse, out Token terminator)
    {
        var start = Current.Start;
        var statements = new List<ScriptStatement>();
        while (true)
        {
            terminator = ParseStatements(statements, kind);
            if (terminator.Kind == TokenKind.Eof)
            {
                var at = _index > 0 ? _tokens[_index - 1] : opening;
                Error(at, $"Error while parsing {statementName} statement: The <end> statement was not found in: {syntax}");
                break;
            }

            if (IsKeyword(terminator, "else") && !allowElse)
            {
                if (kind == BlockKind.Case)
                {
                    break;
                }

                Error(terminator, "A else condition must be preceded by another if/else/when condition or a for loop.");
                Next();
                continue;
            }

            break;
        }

        return new BlockStatement(Span(start), statements);
    }
}
