using System.Globalization;
using System.Numerics;
using StaticChronicle.Templating.Runtime;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Parsing;

/// <summary>Expressions, lowest precedence first: assignment, <c>?:</c>, pipe, binary operators, unary, calls, postfix, primary.</summary>
internal sealed partial class Parser
{
    private const string AssignSyntax = "<target_expression> = <value_expression>";

    private bool _inForHeader;
    private int _conditionalThen;

    private ScriptExpression? ParseExpression(bool allowAssign, string context)
    {
        Enter();
        try
        {
            return ParseExpressionCore(allowAssign, context);
        }
        finally
        {
            Leave();
        }
    }

    private ScriptExpression? ParseExpressionCore(bool allowAssign, string context)
    {
        _ = context;
        var start = Current;
        var left = ParseConditional();
        var compound = Current.Kind switch
        {
            TokenKind.Equal => (BinaryOperator?)null,
            TokenKind.PlusEqual => BinaryOperator.Add,
            TokenKind.MinusEqual => BinaryOperator.Subtract,
            TokenKind.StarEqual => BinaryOperator.Multiply,
            TokenKind.SlashEqual => BinaryOperator.Divide,
            TokenKind.DoubleSlashEqual => BinaryOperator.DivideRound,
            TokenKind.PercentEqual => BinaryOperator.Modulus,
            _ => BinaryOperator.And,
        };
        if (compound == BinaryOperator.And)
        {
            return left;
        }

        if (!allowAssign)
        {
            Error(start, $"Error while parsing assign expression: Expression is only allowed for a top level assignment in: {AssignSyntax}");
        }

        Next();
        ScriptExpression value;
        if (!CanStartExpression(Current))
        {
            Error(Current, $"Error while parsing assign expression: Expecting <expression> instead of `{Text(Current)}` in: {AssignSyntax}");
            value = new LiteralExpression(SpanOf(Current), null, "null");
        }
        else
        {
            value = ParseExpression(allowAssign: false, context: "") ?? new LiteralExpression(SpanOf(Current), null, "null");
        }

        return new AssignExpression(Span(start.Start), left, compound, value);
    }

    private ScriptExpression ParseConditional()
    {
        var start = Current.Start;
        var condition = ParsePipe();
        if (Current.Kind != TokenKind.Question)
        {
            return condition;
        }

        Next();
        _conditionalThen++;
        ScriptExpression then;
        try
        {
            then = ParseConditional();
        }
        finally
        {
            _conditionalThen--;
        }

        if (Current.Kind != TokenKind.Colon)
        {
            Error(Current, $"Error while parsing conditional expression: Expecting `:` instead of `{Text(Current)}` in: <expression> ? <expression> : <expression>");
            return new ConditionalExpression(Span(start), condition, then, new LiteralExpression(SpanOf(Current), null, "null"));
        }

        Next();
        var otherwise = ParseConditional();
        return new ConditionalExpression(Span(start), condition, then, otherwise);
    }

    private ScriptExpression ParsePipe()
    {
        var start = Current.Start;
        var left = ParseBinary(0);
        while (Current.Kind == TokenKind.Pipe && !_scientific)
        {
            Next();
            while (Current.Kind == TokenKind.NewLine)
            {
                Next();
            }

            if (!CanStartExpression(Current))
            {
                Error(Current, $"Error while parsing pipe expression: Expecting <expression> instead of `{Text(Current)}` in: <expression> | <expression>");
                break;
            }

            // The target is a call (`f a b`); operators after it apply to the piped result: `"1" | string.to_int + 1`.
            var right = ParseUnary(allowCall: true);
            left = new PipeExpression(Span(start), left, right);
            left = ParseBinaryRest(start, left, 0);
        }

        return left;
    }

    private (BinaryOperator Op, int Precedence)? BinaryOperatorOf(Token token) => token.Kind switch
    {
        TokenKind.DoubleQuestion => (BinaryOperator.EmptyCoalescing, 10),
        TokenKind.QuestionExclamation => (BinaryOperator.NotEmptyCoalescing, 10),
        TokenKind.DoublePipe => (BinaryOperator.Or, 20),
        TokenKind.DoubleAmp => (BinaryOperator.And, 30),
        TokenKind.Pipe when _scientific => (BinaryOperator.BinaryOr, 40),
        TokenKind.Amp => (BinaryOperator.BinaryAnd, 45),
        TokenKind.CompareEqual => (BinaryOperator.CompareEqual, 50),
        TokenKind.CompareNotEqual => (BinaryOperator.CompareNotEqual, 50),
        TokenKind.Less => (BinaryOperator.Less, 60),
        TokenKind.Greater => (BinaryOperator.Greater, 60),
        TokenKind.LessEqual => (BinaryOperator.LessEqual, 60),
        TokenKind.GreaterEqual => (BinaryOperator.GreaterEqual, 60),
        TokenKind.DoubleDot => (BinaryOperator.RangeInclude, 70),
        TokenKind.DoubleDotLess => (BinaryOperator.RangeExclude, 70),
        TokenKind.ShiftLeft => (BinaryOperator.ShiftLeft, 75),
        TokenKind.ShiftRight => (BinaryOperator.ShiftRight, 75),
        TokenKind.Plus => (BinaryOperator.Add, 80),
        TokenKind.Minus => (BinaryOperator.Subtract, 80),
        TokenKind.Star => (BinaryOperator.Multiply, 90),
        TokenKind.Slash => (BinaryOperator.Divide, 90),
        TokenKind.DoubleSlash => (BinaryOperator.DivideRound, 90),
        TokenKind.Percent => (BinaryOperator.Modulus, 90),
        _ => null,
    };

    private ScriptExpression ParseBinary(int minPrecedence)
    {
        var start = Current.Start;
        return ParseBinaryRest(start, ParseUnary(allowCall: true), minPrecedence);
    }

    private ScriptExpression ParseBinaryRest(TextPosition start, ScriptExpression left, int minPrecedence)
    {
        while (BinaryOperatorOf(Current) is { } op && op.Precedence >= minPrecedence)
        {
            var opToken = Next();
            while (Current.Kind == TokenKind.NewLine)
            {
                Next();
            }

            if (!CanStartExpression(Current))
            {
                Error(Current, $"Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `{Text(Current)}` in: <expression> operator <expression>");
                return left;
            }

            var right = ParseBinary(op.Precedence + 1);
            left = new BinaryExpression(Span(start), op.Op, Text(opToken), SpanOf(opToken), left, right);
        }

        return left;
    }

    private ScriptExpression ParseUnary(bool allowCall)
    {
        Enter();
        try
        {
            return ParseUnaryCore(allowCall);
        }
        finally
        {
            Leave();
        }
    }

    private ScriptExpression ParseUnaryCore(bool allowCall)
    {
        var token = Current;
        UnaryOperator? op = token.Kind switch
        {
            TokenKind.Exclamation => UnaryOperator.Not,
            TokenKind.Minus => UnaryOperator.Negate,
            TokenKind.Plus => UnaryOperator.Plus,
            TokenKind.PlusPlus => UnaryOperator.PreIncrement,
            TokenKind.MinusMinus => UnaryOperator.PreDecrement,
            TokenKind.Caret => UnaryOperator.Spread,
            TokenKind.Arroba => UnaryOperator.FunctionAlias,
            _ => null,
        };
        if (op is { } unary)
        {
            Next();
            if (!CanStartExpression(Current))
            {
                Error(Current, $"Error while parsing unary expression: Expecting <expression> instead of `{Text(Current)}` in: <operator> <expression>");
                return new LiteralExpression(SpanOf(token), null, "null");
            }

            var operand = unary == UnaryOperator.FunctionAlias ? ParsePostfix(ParsePrimary()) : ParseUnary(allowCall && unary is UnaryOperator.Not or UnaryOperator.Negate or UnaryOperator.Plus);
            return new UnaryExpression(Span(token.Start), unary, operand);
        }

        var expression = ParsePostfix(ParsePrimary());
        if (allowCall && IsArgumentStart(Current))
        {
            expression = ParseCallArguments(expression);
        }

        return expression;
    }

    private ScriptExpression ParsePostfix(ScriptExpression expression)
    {
        var start = expression.Span.Start;
        while (true)
        {
            var token = Current;
            if (token.Kind is TokenKind.Dot or TokenKind.QuestionDot)
            {
                Next();
                var nameToken = Current;
                if (nameToken.Kind != TokenKind.Identifier)
                {
                    Error(nameToken, $"Unexpected token `{Text(nameToken)}` after `{Text(token)}`. Expecting a member name.");
                    return expression;
                }

                Next();
                var name = Text(nameToken);
                if (token.Kind == TokenKind.Dot && expression is VariableExpression { IsLocal: false, Name: "for" or "while" } loop && loop.Span.Start.Offset == start.Offset)
                {
                    CheckLoopVariable(_tokens[_tokens.FindIndex(t => t.Start.Offset == loop.Span.Start.Offset)], name);
                }

                expression = new MemberExpression(Span(start), expression, name, SpanOf(nameToken), token.Kind == TokenKind.QuestionDot);
                continue;
            }

            if (token.Kind == TokenKind.OpenBracket && !token.SpaceBefore)
            {
                Next();
                ScriptExpression index;
                _newLinesSkipped++;
                try
                {
                    if (!CanStartExpression(Current))
                    {
                        Error(Current, $"Error while parsing indexer expression: Expecting <index_expression> instead of `{Text(Current)}` in: <expression>[<index_expression>]");
                        Error(Current, $"Unexpected `{Text(Current)}`. Expecting ']'");
                        return expression;
                    }

                    index = ParseExpression(allowAssign: false, context: "")!;
                    if (Current.Kind != TokenKind.CloseBracket)
                    {
                        Error(Current, $"Unexpected `{Text(Current)}`. Expecting ']'");
                        return new IndexerExpression(Span(start), expression, index);
                    }
                }
                finally
                {
                    _newLinesSkipped--;
                }

                Next();
                expression = new IndexerExpression(Span(start), expression, index);
                continue;
            }

            if (token.Kind == TokenKind.OpenParen && !token.SpaceBefore && expression is VariableExpression or MemberExpression or IndexerExpression or ArgumentsVariableExpression)
            {
                expression = ParseParenthesizedCall(expression);
                continue;
            }

            if (token.Kind is TokenKind.PlusPlus or TokenKind.MinusMinus && !token.SpaceBefore)
            {
                Next();
                expression = new UnaryExpression(Span(start), token.Kind == TokenKind.PlusPlus ? UnaryOperator.PostIncrement : UnaryOperator.PostDecrement, expression);
                continue;
            }

            return expression;
        }
    }

    private FunctionCallExpression ParseParenthesizedCall(ScriptExpression target)
    {
        var start = target.Span.Start;
        Next();
        var arguments = new List<ScriptExpression>();
        _newLinesSkipped++;
        try
        {
            while (Current.Kind != TokenKind.CloseParen)
            {
                var token = Current;
                if (!CanStartExpression(token))
                {
                    Error(token, $"Invalid token `{Text(token)}`. Expecting a closing `)`.");
                    return new FunctionCallExpression(Span(start), target, arguments, parenthesized: true);
                }

                if (token.Kind is TokenKind.Identifier or TokenKind.LocalIdentifier && PeekToken().Kind == TokenKind.Colon)
                {
                    Next();
                    Next();
                    var value = ParseExpression(allowAssign: false, context: "")!;
                    arguments.Add(new NamedArgumentExpression(Span(token.Start), Text(token).TrimStart('$'), value));
                }
                else
                {
                    arguments.Add(ParseExpression(allowAssign: false, context: "")!);
                }

                if (Current.Kind == TokenKind.Comma)
                {
                    Next();
                }
                else if (Current.Kind != TokenKind.CloseParen)
                {
                    Error(Current, $"Invalid token `{Text(Current)}`. Expecting a closing `)`.");
                    return new FunctionCallExpression(Span(start), target, arguments, parenthesized: true);
                }
            }
        }
        finally
        {
            _newLinesSkipped--;
        }

        Next();
        return new FunctionCallExpression(Span(start), target, arguments, parenthesized: true);
    }

    private bool IsArgumentStart(Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Identifier:
                var word = Text(token);
                if (word is "end" or "else" or "when" or "in" or "then")
                {
                    return false;
                }

                if (_inForHeader && (word == "reversed" || PeekToken().Kind == TokenKind.Colon))
                {
                    return false;
                }

                return true;
            case TokenKind.LocalIdentifier:
            case TokenKind.SpecialIdentifier:
            case TokenKind.Integer:
            case TokenKind.Float:
            case TokenKind.String:
            case TokenKind.InterpolatedString:
            case TokenKind.OpenBrace:
            case TokenKind.Arroba:
            case TokenKind.Caret:
                return true;
            case TokenKind.OpenBracket:
            case TokenKind.OpenParen:
                return token.SpaceBefore;
            default:
                return false;
        }
    }

    private FunctionCallExpression ParseCallArguments(ScriptExpression target)
    {
        var start = target.Span.Start;
        var arguments = new List<ScriptExpression>();
        while (IsArgumentStart(Current))
        {
            var token = Current;
            if (token.Kind is TokenKind.Identifier or TokenKind.LocalIdentifier && PeekToken().Kind == TokenKind.Colon && _conditionalThen == 0)
            {
                Next();
                Next();
                if (!CanStartExpression(Current))
                {
                    Error(Current, $"Error while parsing named argument: Expecting <expression> instead of `{Text(Current)}` in: <name>: <expression>");
                    break;
                }

                var value = ParseArgument();
                arguments.Add(new NamedArgumentExpression(Span(token.Start), Text(token).TrimStart('$'), value));
                continue;
            }

            var argument = ParseArgument();
            if (Current.Kind == TokenKind.Colon)
            {
                if (_conditionalThen == 0)
                {
                    Error(token, "Expecting a simple global or local variable before `:` in order to create a named argument");
                }

                if (_conditionalThen == 0)
                {
                    break;
                }
            }

            arguments.Add(argument);
            if (Current.Kind == TokenKind.Colon)
            {
                break;
            }
        }

        return new FunctionCallExpression(Span(start), target, arguments);
    }

    private ScriptExpression ParseArgument() => ParseUnary(allowCall: false);

    private static bool CanStartExpression(Token token) => token.Kind is TokenKind.Identifier or TokenKind.LocalIdentifier
        or TokenKind.SpecialIdentifier or TokenKind.Integer or TokenKind.Float or TokenKind.String or TokenKind.InterpolatedString
        or TokenKind.OpenParen or TokenKind.OpenBracket or TokenKind.OpenBrace or TokenKind.Exclamation or TokenKind.Minus
        or TokenKind.Plus or TokenKind.PlusPlus or TokenKind.MinusMinus or TokenKind.Caret or TokenKind.Arroba;

    private ScriptExpression ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer:
            case TokenKind.Float:
                Next();
                return new LiteralExpression(SpanOf(token), ParseNumber(token), Text(token));
            case TokenKind.String:
                Next();
                return new LiteralExpression(SpanOf(token), token.Value, Text(token));
            case TokenKind.InterpolatedString:
                Next();
                return ParseInterpolated(token);
            case TokenKind.Identifier:
                Next();
                return Text(token) switch
                {
                    "true" => new LiteralExpression(SpanOf(token), true, "true"),
                    "false" => new LiteralExpression(SpanOf(token), false, "false"),
                    "null" => new LiteralExpression(SpanOf(token), null, "null"),
                    "this" => new ThisExpression(SpanOf(token)),
                    "do" => ParseAnonymousFunction(token),
                    _ => new VariableExpression(SpanOf(token), Text(token), isLocal: false),
                };
            case TokenKind.LocalIdentifier:
                Next();
                return new VariableExpression(SpanOf(token), Text(token)[1..], isLocal: true);
            case TokenKind.SpecialIdentifier:
                Next();
                return new ArgumentsVariableExpression(SpanOf(token), Text(token));
            case TokenKind.OpenParen:
                return ParseNested();
            case TokenKind.OpenBracket:
                return ParseArrayInitializer();
            case TokenKind.OpenBrace:
                return ParseObjectInitializer();
            default:
                Error(token, $"Unexpected token `{Text(token)}` while parsing expression");
                if (token.Kind != TokenKind.Eof && token.Kind != TokenKind.CodeExit)
                {
                    Next();
                }

                return new LiteralExpression(SpanOf(token), null, "null");
        }
    }

    private AnonymousFunctionExpression ParseAnonymousFunction(Token keyword)
    {
        List<FunctionParameter>? parameters = null;
        if (Current.Kind == TokenKind.OpenParen && !Current.SpaceBefore)
        {
            parameters = ParseParameters();
        }

        if (Current.Kind is TokenKind.SemiColon or TokenKind.NewLine)
        {
            Next();
        }

        var body = ParseFunctionBody("do", "do ... end", keyword);
        return new AnonymousFunctionExpression(Span(keyword.Start), new ScriptFunction("do", parameters, body));
    }

    private NestedExpression ParseNested()
    {
        var open = Next();
        _newLinesSkipped++;
        ScriptExpression inner;
        try
        {
            if (!CanStartExpression(Current))
            {
                Error(Current, $"Error while parsing nested expression: Expecting <expression> instead of `{Text(Current)}` in: (<expression>)");
                return new NestedExpression(Span(open.Start), new LiteralExpression(SpanOf(Current), null, "null"));
            }

            inner = ParseExpression(allowAssign: false, context: "")!;
            if (Current.Kind != TokenKind.CloseParen)
            {
                Error(Current, $"Invalid token `{Text(Current)}`. Expecting a closing `)`.");
                return new NestedExpression(Span(open.Start), inner);
            }
        }
        finally
        {
            _newLinesSkipped--;
        }

        Next();
        return new NestedExpression(Span(open.Start), inner);
    }

    private ArrayInitializerExpression ParseArrayInitializer()
    {
        var open = Next();
        var items = new List<ScriptExpression>();
        _newLinesSkipped++;
        try
        {
            while (Current.Kind != TokenKind.CloseBracket)
            {
                if (!CanStartExpression(Current))
                {
                    Error(Current, $"Error while parsing array initializer: Expecting <expression> instead of `{Text(Current)}` in: [item1, item2,...]");
                    break;
                }

                items.Add(ParseExpression(allowAssign: false, context: "")!);
                if (Current.Kind != TokenKind.Comma)
                {
                    break;
                }

                Next();
            }

            if (Current.Kind != TokenKind.CloseBracket)
            {
                Error(Current, $"Unexpected token found `{Text(Current)}` while expecting `]`.");
                return new ArrayInitializerExpression(Span(open.Start), items);
            }
        }
        finally
        {
            _newLinesSkipped--;
        }

        Next();
        return new ArrayInitializerExpression(Span(open.Start), items);
    }

    private ObjectInitializerExpression ParseObjectInitializer()
    {
        var open = Next();
        var members = new List<KeyValuePair<string, ScriptExpression>>();
        _newLinesSkipped++;
        try
        {
            while (Current.Kind != TokenKind.CloseBrace)
            {
                var nameToken = Current;
                if (nameToken.Kind is not (TokenKind.Identifier or TokenKind.String))
                {
                    Error(nameToken, $"Unexpected token `{Text(nameToken)}` while parsing object initializer. Expecting a simple identifier for the member name.");
                    return new ObjectInitializerExpression(Span(open.Start), members);
                }

                Next();
                var name = nameToken.Kind == TokenKind.String ? nameToken.Value! : Text(nameToken);
                if (Current.Kind != TokenKind.Colon)
                {
                    Error(Current, $"Unexpected token `{Text(Current)}` Expecting a colon : after identifier `{name}` for object initializer member name");
                    return new ObjectInitializerExpression(Span(open.Start), members);
                }

                Next();
                if (!CanStartExpression(Current))
                {
                    Error(Current, $"Unexpected token `{Text(Current)}`. Expecting an expression for the value of the member.");
                    return new ObjectInitializerExpression(Span(open.Start), members);
                }

                members.Add(new KeyValuePair<string, ScriptExpression>(name, ParseExpression(allowAssign: false, context: "")!));
                if (Current.Kind != TokenKind.Comma)
                {
                    break;
                }

                Next();
            }

            if (Current.Kind != TokenKind.CloseBrace)
            {
                Error(Current, $"Unexpected token found `{Text(Current)}` while expecting `}}`.");
                return new ObjectInitializerExpression(Span(open.Start), members);
            }
        }
        finally
        {
            _newLinesSkipped--;
        }

        Next();
        return new ObjectInitializerExpression(Span(open.Start), members);
    }

    private InterpolatedStringExpression ParseInterpolated(Token token)
    {
        var parts = new List<ScriptExpression>();
        foreach (var part in token.Parts ?? [])
        {
            if (part.Text is not null)
            {
                parts.Add(new LiteralExpression(SpanOf(token), part.Text, ScriptValues.Quote(part.Text)));
                continue;
            }

            var tokens = part.Tokens!.ToList();
            var parser = new Parser(tokens, _text, _fileName, _scientific, _messages) { _depth = _depth };
            if (!CanStartExpression(parser.Current))
            {
                parser.Error(parser.Current, $"Unexpected token `{parser.Text(parser.Current)}` while parsing expression");
                continue;
            }

            var expression = parser.ParseExpression(allowAssign: false, context: "");
            if (parser.Current.Kind != TokenKind.Eof)
            {
                parser.Error(parser.Current, $"Unexpected token `{parser.Text(parser.Current)}` while parsing expression");
            }

            if (expression is not null)
            {
                parts.Add(expression);
            }
        }

        return new InterpolatedStringExpression(SpanOf(token), parts);
    }

    private object ParseNumber(Token token)
    {
        var text = Text(token).Replace("_", string.Empty, StringComparison.Ordinal);
        var suffix = token.Marker;
        if (suffix != '\0')
        {
            text = text[..^1];
        }

        try
        {
            if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || text.StartsWith("0b", StringComparison.OrdinalIgnoreCase))
            {
                var digits = text[2..];
                var value = text[1] is 'x' or 'X'
                    ? ulong.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)
                    : Convert.ToUInt64(digits, 2);
                return suffix is 'u' or 'U'
                    ? value <= uint.MaxValue ? (uint)value : value
                    : value <= int.MaxValue ? ScriptValues.Box((int)value) : value <= long.MaxValue ? (long)value : value;
            }

            switch (suffix)
            {
                case 'f' or 'F':
                    return float.Parse(text, CultureInfo.InvariantCulture);
                case 'd' or 'D':
                    return double.Parse(text, CultureInfo.InvariantCulture);
                case 'm' or 'M':
                    return decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            var exponentAt = text.IndexOfAny(['e', 'E']);
            if (token.Kind == TokenKind.Float || (exponentAt >= 0 && text[(exponentAt + 1)..].StartsWith('-')))
            {
                return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            BigInteger number;
            if (exponentAt >= 0)
            {
                number = BigInteger.Parse(text[..exponentAt], CultureInfo.InvariantCulture)
                    * BigInteger.Pow(10, int.Parse(text[(exponentAt + 1)..].TrimStart('+'), CultureInfo.InvariantCulture));
            }
            else
            {
                number = BigInteger.Parse(text, CultureInfo.InvariantCulture);
            }

            if (suffix is 'u' or 'U')
            {
                return number <= uint.MaxValue ? (uint)number : (ulong)number;
            }

            if (suffix is 'l' or 'L')
            {
                return (long)number;
            }

            return ScriptValues.Normalize(number);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            Error(token, $"Unable to parse the number `{Text(token)}`");
            return 0;
        }
    }
}
