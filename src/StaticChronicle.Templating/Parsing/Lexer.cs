using System.Globalization;
using System.Text;

namespace StaticChronicle.Templating.Parsing;

/// <summary>Turns template text into tokens: raw text (already whitespace-trimmed), escapes and code tokens.</summary>
internal sealed class Lexer
{
    private readonly string _text;
    private readonly string _fileName;
    private readonly LogMessageBag _messages;
    private readonly int[] _lineStarts;
    private int _pos;
    private char _pendingRightTrim;
    private int _interpolationDepth;

    public Lexer(string text, string fileName, LogMessageBag messages)
    {
        _text = text;
        _fileName = fileName;
        _messages = messages;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public List<Token> Tokenize()
    {
        var tokens = new List<Token>();
        while (_pos < _text.Length)
        {
            LexRaw(tokens);
            if (_pos >= _text.Length)
            {
                break;
            }

            if (_text[_pos] == '{' && Peek(1) == '{')
            {
                var start = _pos;
                _pos += 2;
                var marker = Peek(0) is '-' or '~' ? _text[_pos++] : '\0';
                tokens.Add(new Token(TokenKind.CodeEnter, Position(start), Position(_pos), null) { Marker = marker });
                LexCode(tokens, hole: false);
            }
            else
            {
                LexEscape(tokens);
            }
        }

        tokens.Add(new Token(TokenKind.Eof, Position(_text.Length), Position(_text.Length), null));
        return tokens;
    }

    public TextPosition Position(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new TextPosition(offset, line, offset - _lineStarts[line]);
    }

    private char Peek(int ahead) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private void Error(int offset, string message) =>
        _messages.Add(new LogMessage(ParserMessageType.Error, new SourceSpan(_fileName, Position(offset), Position(offset)), message));

    private int EscapeOpenLength(int at)
    {
        if (_text[at] != '{')
        {
            return 0;
        }

        var i = at + 1;
        while (i < _text.Length && _text[i] == '%')
        {
            i++;
        }

        return i > at + 1 && i < _text.Length && _text[i] == '{' ? i - at + 1 : 0;
    }

    private void LexRaw(List<Token> tokens)
    {
        var start = _pos;
        var end = _pos;
        while (end < _text.Length)
        {
            if (_text[end] == '{' && end + 1 < _text.Length && (_text[end + 1] == '{' || EscapeOpenLength(end) > 0))
            {
                break;
            }

            end++;
        }

        var leftMarker = '\0';
        if (end < _text.Length)
        {
            var markerAt = _text[end + 1] == '{' ? end + 2 : end + EscapeOpenLength(end);
            if (markerAt < _text.Length && _text[markerAt] is '-' or '~')
            {
                leftMarker = _text[markerAt];
            }
        }

        var from = start;
        var to = end;
        if (_pendingRightTrim == '-')
        {
            while (from < to && char.IsWhiteSpace(_text[from]))
            {
                from++;
            }
        }
        else if (_pendingRightTrim == '~')
        {
            while (from < to && _text[from] is ' ' or '\t')
            {
                from++;
            }

            if (from < to && _text[from] == '\r' && from + 1 < to && _text[from + 1] == '\n')
            {
                from += 2;
            }
            else if (from < to && _text[from] == '\n')
            {
                from++;
            }
        }

        if (leftMarker == '-')
        {
            while (to > from && char.IsWhiteSpace(_text[to - 1]))
            {
                to--;
            }
        }
        else if (leftMarker == '~')
        {
            while (to > from && _text[to - 1] is ' ' or '\t')
            {
                to--;
            }
        }

        _pendingRightTrim = '\0';
        if (to > from)
        {
            tokens.Add(new Token(TokenKind.Raw, Position(from), Position(to), _text[from..to]));
        }

        _pos = end;
    }

    private void LexEscape(List<Token> tokens)
    {
        var open = EscapeOpenLength(_pos);
        var percents = open - 2;
        var start = _pos;
        _pos += open;
        if (Peek(0) is '-' or '~')
        {
            _pos++;
        }

        var closing = "}" + new string('%', percents) + "}";
        var close = _text.IndexOf(closing, _pos, StringComparison.Ordinal);
        if (close < 0)
        {
            Error(start, "Unexpected end of file while parsing an escape block not terminated by " + closing);
            close = _text.Length;
        }

        var contentEnd = close;
        var marker = '\0';
        if (contentEnd > _pos && _text[contentEnd - 1] is '-' or '~')
        {
            marker = _text[contentEnd - 1];
            contentEnd--;
        }

        tokens.Add(new Token(TokenKind.Escape, Position(start), Position(close), _text[_pos..contentEnd]));
        _pos = Math.Min(_text.Length, close + closing.Length);
        _pendingRightTrim = marker;
    }

    /// <summary>Reads code tokens until <c>}}</c> (or, for an interpolation hole, the closing <c>}</c>).</summary>
    private void LexCode(List<Token> tokens, bool hole)
    {
        var braceDepth = 0;
        while (true)
        {
            var spaceBefore = false;
            while (_pos < _text.Length && _text[_pos] is ' ' or '\t' || (_pos + 1 < _text.Length && _text[_pos] == '\r' && _text[_pos + 1] != '\n'))
            {
                _pos++;
                spaceBefore = true;
            }

            if (_pos >= _text.Length)
            {
                return;
            }

            var start = _pos;
            var c = _text[_pos];
            if (c == '\n' || (c == '\r' && Peek(1) == '\n'))
            {
                if (hole)
                {
                    Error(start, "Opened interpolated expression not closed on the same line.");
                    return;
                }

                _pos += c == '\r' ? 2 : 1;
                tokens.Add(new Token(TokenKind.NewLine, Position(start), Position(_pos), "\n") { SpaceBefore = spaceBefore });
                continue;
            }

            if (c == '#')
            {
                SkipComment();
                continue;
            }

            if (!hole && braceDepth == 0)
            {
                if (c == '}' && Peek(1) == '}')
                {
                    _pos += 2;
                    tokens.Add(new Token(TokenKind.CodeExit, Position(start), Position(_pos), null) { SpaceBefore = spaceBefore });
                    _pendingRightTrim = '\0';
                    return;
                }

                if (c is '-' or '~' && Peek(1) == '}' && Peek(2) == '}')
                {
                    _pos += 3;
                    tokens.Add(new Token(TokenKind.CodeExit, Position(start), Position(_pos), null) { SpaceBefore = spaceBefore, Marker = c });
                    _pendingRightTrim = c;
                    return;
                }
            }

            if (hole && braceDepth == 0 && c == '}')
            {
                _pos++;
                return;
            }

            if (char.IsAsciiLetter(c) || c == '_')
            {
                var afterDot = tokens.Count > 0 && tokens[^1].Kind is TokenKind.Dot or TokenKind.QuestionDot;
                LexIdentifier(tokens, TokenKind.Identifier, start, spaceBefore, afterDot);
                continue;
            }

            if (c == '$')
            {
                LexDollar(tokens, spaceBefore);
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                LexNumber(tokens, spaceBefore);
                continue;
            }

            if (c is '"' or '\'' or '`')
            {
                LexString(tokens, spaceBefore);
                continue;
            }

            if (c == '{')
            {
                braceDepth++;
            }
            else if (c == '}')
            {
                braceDepth = Math.Max(0, braceDepth - 1);
            }

            var (kind, length) = Operator(c);
            _pos += length;
            tokens.Add(new Token(kind, Position(start), Position(_pos), _text[start.._pos]) { SpaceBefore = spaceBefore });
        }
    }

    private (TokenKind Kind, int Length) Operator(char c)
    {
        var n1 = Peek(1);
        var n2 = Peek(2);
        return c switch
        {
            '.' when n1 == '.' && n2 == '<' => (TokenKind.DoubleDotLess, 3),
            '.' when n1 == '.' && n2 == '.' => (TokenKind.TripleDot, 3),
            '.' when n1 == '.' => (TokenKind.DoubleDot, 2),
            '.' => (TokenKind.Dot, 1),
            '?' when n1 == '.' => (TokenKind.QuestionDot, 2),
            '?' when n1 == '?' => (TokenKind.DoubleQuestion, 2),
            '?' when n1 == '!' => (TokenKind.QuestionExclamation, 2),
            '?' => (TokenKind.Question, 1),
            '!' when n1 == '=' => (TokenKind.CompareNotEqual, 2),
            '!' => (TokenKind.Exclamation, 1),
            '=' when n1 == '=' => (TokenKind.CompareEqual, 2),
            '=' => (TokenKind.Equal, 1),
            '<' when n1 == '=' => (TokenKind.LessEqual, 2),
            '<' when n1 == '<' => (TokenKind.ShiftLeft, 2),
            '<' => (TokenKind.Less, 1),
            '>' when n1 == '=' => (TokenKind.GreaterEqual, 2),
            '>' when n1 == '>' => (TokenKind.ShiftRight, 2),
            '>' => (TokenKind.Greater, 1),
            '&' when n1 == '&' => (TokenKind.DoubleAmp, 2),
            '&' => (TokenKind.Amp, 1),
            '|' when n1 == '|' => (TokenKind.DoublePipe, 2),
            '|' => (TokenKind.Pipe, 1),
            '+' when n1 == '+' => (TokenKind.PlusPlus, 2),
            '+' when n1 == '=' => (TokenKind.PlusEqual, 2),
            '+' => (TokenKind.Plus, 1),
            '-' when n1 == '-' => (TokenKind.MinusMinus, 2),
            '-' when n1 == '=' => (TokenKind.MinusEqual, 2),
            '-' => (TokenKind.Minus, 1),
            '*' when n1 == '=' => (TokenKind.StarEqual, 2),
            '*' => (TokenKind.Star, 1),
            '/' when n1 == '/' && n2 == '=' => (TokenKind.DoubleSlashEqual, 3),
            '/' when n1 == '/' => (TokenKind.DoubleSlash, 2),
            '/' when n1 == '=' => (TokenKind.SlashEqual, 2),
            '/' => (TokenKind.Slash, 1),
            '%' when n1 == '=' => (TokenKind.PercentEqual, 2),
            '%' => (TokenKind.Percent, 1),
            '^' => (TokenKind.Caret, 1),
            '@' => (TokenKind.Arroba, 1),
            ',' => (TokenKind.Comma, 1),
            ':' => (TokenKind.Colon, 1),
            ';' => (TokenKind.SemiColon, 1),
            '(' => (TokenKind.OpenParen, 1),
            ')' => (TokenKind.CloseParen, 1),
            '[' => (TokenKind.OpenBracket, 1),
            ']' => (TokenKind.CloseBracket, 1),
            '{' => (TokenKind.OpenBrace, 1),
            '}' => (TokenKind.CloseBrace, 1),
            _ => (TokenKind.Invalid, char.IsSurrogatePair(c, n1) ? 2 : 1),
        };
    }

    private void SkipComment()
    {
        if (Peek(1) == '#')
        {
            _pos += 2;
            while (_pos < _text.Length)
            {
                if (_text[_pos] == '#' && Peek(1) == '#')
                {
                    _pos += 2;
                    return;
                }

                if (_text[_pos] == '}' && Peek(1) == '}')
                {
                    return;
                }

                _pos++;
            }

            return;
        }

        while (_pos < _text.Length && _text[_pos] != '\n' && !(_text[_pos] == '\r' && Peek(1) == '\n'))
        {
            if (_text[_pos] == '}' && Peek(1) == '}')
            {
                return;
            }

            if (_text[_pos] is '-' or '~' && Peek(1) == '}' && Peek(2) == '}')
            {
                return;
            }

            _pos++;
        }
    }

    private void LexIdentifier(List<Token> tokens, TokenKind kind, int start, bool spaceBefore, bool afterDot)
    {
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }

        // `a.empty?` is a member named "empty?"; `x ? a : b` keeps its space before the question mark.
        if (afterDot && Peek(0) == '?' && Peek(1) is not ('.' or '?' or '!' or '(' or '['))
        {
            _pos++;
        }

        tokens.Add(new Token(kind, Position(start), Position(_pos), _text[start.._pos]) { SpaceBefore = spaceBefore });
    }

    private void LexDollar(List<Token> tokens, bool spaceBefore)
    {
        var start = _pos;
        var next = Peek(1);
        if (next is '"' or '\'')
        {
            _pos++;
            LexInterpolated(tokens, start, spaceBefore);
            return;
        }

        _pos++;
        if (next == '$')
        {
            _pos++;
            tokens.Add(new Token(TokenKind.SpecialIdentifier, Position(start), Position(_pos), "$$") { SpaceBefore = spaceBefore });
            return;
        }

        if (char.IsAsciiDigit(next))
        {
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
            {
                _pos++;
            }

            tokens.Add(new Token(TokenKind.SpecialIdentifier, Position(start), Position(_pos), _text[start.._pos]) { SpaceBefore = spaceBefore });
            return;
        }

        if (char.IsAsciiLetter(next) || next == '_')
        {
            LexIdentifier(tokens, TokenKind.LocalIdentifier, start, spaceBefore, afterDot: false);
            return;
        }

        tokens.Add(new Token(TokenKind.SpecialIdentifier, Position(start), Position(_pos), "$") { SpaceBefore = spaceBefore });
    }

    private void LexNumber(List<Token> tokens, bool spaceBefore)
    {
        var start = _pos;
        var kind = TokenKind.Integer;
        if (_text[_pos] == '0' && Peek(1) is 'x' or 'X' or 'b' or 'B')
        {
            _pos += 2;
            while (_pos < _text.Length && (char.IsAsciiHexDigit(_text[_pos]) || _text[_pos] == '_'))
            {
                _pos++;
            }
        }
        else
        {
            SkipDigits();
            if (Peek(0) == '.' && char.IsAsciiDigit(Peek(1)))
            {
                kind = TokenKind.Float;
                _pos++;
                SkipDigits();
            }

            if (Peek(0) is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
            {
                _pos += 2;
                SkipDigits();
            }
        }

        var marker = '\0';
        if (Peek(0) is 'f' or 'F' or 'd' or 'D' or 'm' or 'M' or 'u' or 'U' or 'l' or 'L' && !(char.IsAsciiLetterOrDigit(Peek(1)) || Peek(1) == '_'))
        {
            marker = _text[_pos++];
        }

        tokens.Add(new Token(kind, Position(start), Position(_pos), _text[start.._pos]) { SpaceBefore = spaceBefore, Marker = marker });
    }

    private void SkipDigits()
    {
        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }
    }

    private void LexString(List<Token> tokens, bool spaceBefore)
    {
        var start = _pos;
        var quote = _text[_pos++];
        var builder = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                Error(_pos, $"Unexpected end of file while parsing a string not terminated by a {quote}");
                break;
            }

            var c = _text[_pos++];
            if (c == quote)
            {
                if (quote == '`' && Peek(0) == '`')
                {
                    builder.Append('`');
                    _pos++;
                    continue;
                }

                break;
            }

            if (c == '\\' && quote != '`')
            {
                ReadEscape(builder, interpolated: false);
                continue;
            }

            builder.Append(c);
        }

        tokens.Add(new Token(TokenKind.String, Position(start), Position(_pos), builder.ToString()) { SpaceBefore = spaceBefore, Marker = quote });
    }

    private void ReadEscape(StringBuilder builder, bool interpolated)
    {
        if (_pos >= _text.Length)
        {
            return;
        }

        var e = _text[_pos++];
        switch (e)
        {
            case 'n': builder.Append('\n'); break;
            case 'r': builder.Append('\r'); break;
            case 't': builder.Append('\t'); break;
            case 'b': builder.Append('\b'); break;
            case 'f': builder.Append('\f'); break;
            case '0': builder.Append('\0'); break;
            case 'u' when _pos + 4 <= _text.Length:
                builder.Append((char)int.Parse(_text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                _pos += 4;
                break;
            case 'x' when _pos + 2 <= _text.Length:
                builder.Append((char)int.Parse(_text.AsSpan(_pos, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                _pos += 2;
                break;
            case '{' when interpolated: builder.Append('{'); break;
            default: builder.Append(e); break;
        }
    }

    private void LexInterpolated(List<Token> tokens, int start, bool spaceBefore)
    {
        var quote = _text[_pos++];
        var parts = new List<InterpolationPart>();
        var builder = new StringBuilder();
        var segmentStart = start;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                // Reported where the unfinished piece of text begins (after the last hole), as upstream does.
                Error(segmentStart, $"Unexpected end of file while parsing a string not terminated by a {quote}");
                break;
            }

            var c = _text[_pos++];
            if (c == quote)
            {
                break;
            }

            if (c == '\\')
            {
                ReadEscape(builder, interpolated: true);
                continue;
            }

            if (c == '{' && _interpolationDepth >= 32)
            {
                Error(_pos - 1, "Interpolated strings are nested too deeply.");
                _pos = _text.Length;
                break;
            }

            if (c == '{')
            {
                if (builder.Length > 0)
                {
                    parts.Add(new InterpolationPart(builder.ToString(), null));
                    builder.Clear();
                }

                var holeTokens = new List<Token>();
                var holeStart = _pos;
                _interpolationDepth++;
                LexCode(holeTokens, hole: true);
                _interpolationDepth--;
                holeTokens.Add(new Token(TokenKind.Eof, Position(_pos > holeStart ? _pos - 1 : _pos), Position(_pos), null));
                parts.Add(new InterpolationPart(null, holeTokens));
                if (_pos < _text.Length && _text[_pos] is '\n' or '\r')
                {
                    break;
                }

                segmentStart = _pos;
                continue;
            }

            builder.Append(c);
        }

        if (builder.Length > 0)
        {
            parts.Add(new InterpolationPart(builder.ToString(), null));
        }

        tokens.Add(new Token(TokenKind.InterpolatedString, Position(start), Position(_pos), null) { SpaceBefore = spaceBefore, Parts = parts, Marker = quote });
    }
}
