using StaticChronicle.Templating.Runtime;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Parsing;

/// <summary>Statements: if, case, for, tablerow, while, func, ret, capture, with, wrap, readonly, import, break, continue.</summary>
internal sealed partial class Parser
{
    private static readonly string[] ForVariables = ["index", "index0", "rindex", "first", "last", "even", "odd", "changed", "length", "col"];
    private static readonly string[] WhileVariables = ["index", "index0", "first", "even", "odd"];

    private ScriptStatement? ParseStatement()
    {
        Enter();
        try
        {
            return ParseStatementCore();
        }
        finally
        {
            Leave();
        }
    }

    private ScriptStatement? ParseStatementCore()
    {
        var token = Current;
        if (token.Kind == TokenKind.Identifier)
        {
            var next = PeekToken();
            var memberAccess = next.Kind == TokenKind.Dot && !next.SpaceBefore;
            switch (Text(token))
            {
                case "if": return ParseIf();
                case "for" when !memberAccess: return ParseFor(isTableRow: false);
                case "tablerow" when !memberAccess: return ParseFor(isTableRow: true);
                case "while" when !memberAccess: return ParseWhile();
                case "case": return ParseCase();
                case "func": return ParseFunction();
                case "ret": return ParseReturn();
                case "break":
                case "continue":
                    Next();
                    ExpectEndOfStatement();
                    return new BreakStatement(SpanOf(token), Text(token) == "continue");
                case "capture": return ParseCapture();
                case "with": return ParseWith();
                case "wrap": return ParseWrap();
                case "readonly": return ParseReadOnly();
                case "import": return ParseImport();
                case "when":
                    Error(token, "A `when` must be inside a `case` statement.");
                    Next();
                    SkipToEndOfStatement();
                    return null;
            }
        }

        return ParseExpressionStatement();
    }

    private void SkipToEndOfStatement()
    {
        while (!IsEndOfStatement(Current))
        {
            Next();
        }
    }

    private ScriptStatement ParseExpressionStatement()
    {
        var start = Current.Start;
        var expression = ParseExpression(allowAssign: true, context: "");
        if (expression is AssignExpression { IsFunctionDefinition: true } definition)
        {
            ExpectEndOfStatement();
            return definition.ToFunctionStatement();
        }

        ExpectEndOfStatement();
        return new ExpressionStatement(Span(start), expression ?? new LiteralExpression(Span(start), null, "null"));
    }

    /// <summary>The condition/value right after a statement keyword, with the statement's own error wording.</summary>
    private ScriptExpression ParseHeaderExpression(string statementName, string syntax)
    {
        var token = Current;
        if (!CanStartExpression(token))
        {
            Error(token, $"Error while parsing {statementName} statement: Expecting <expression> instead of `{Text(token)}` in: {syntax}");
            return new LiteralExpression(SpanOf(token), null, "null");
        }

        return ParseExpression(allowAssign: false, context: "") ?? new LiteralExpression(SpanOf(token), null, "null");
    }

    private IfStatement ParseIf()
    {
        const string syntax = "if <expression> ... end|else|else if";
        var keyword = Next();
        var condition = ParseHeaderExpression("if", syntax);
        ExpectEndOfStatement();
        var then = ParseBody(BlockKind.Block, "if", syntax, keyword, allowElse: true, out var terminator);
        ScriptStatement? otherwise = null;
        if (IsKeyword(terminator, "else"))
        {
            Next();
            if (IsKeyword(Current, "if"))
            {
                otherwise = ParseIf();
                return new IfStatement(Span(keyword.Start), condition, then, otherwise);
            }

            ExpectEndOfStatement();
            otherwise = ParseBody(BlockKind.Else, "if", syntax, keyword, allowElse: false, out terminator);
        }

        if (IsKeyword(terminator, "end"))
        {
            Next();
            ExpectEndOfStatement();
        }

        return new IfStatement(Span(keyword.Start), condition, then, otherwise);
    }

    private ForStatement? ParseFor(bool isTableRow)
    {
        var name = isTableRow ? "tablerow" : "for";
        var syntax = $"{name} <variable> in <expression> ... end";
        var keyword = Next();
        var variableToken = Current;
        if (variableToken.Kind is not (TokenKind.Identifier or TokenKind.LocalIdentifier))
        {
            Error(keyword, $"Error while parsing {name} statement: Expecting a variable instead of `{Text(variableToken)}` in: {syntax}");
            SkipBlockAfterHeaderError(keyword, name, syntax);
            return null;
        }

        Next();
        var variable = VariableFromToken(variableToken);
        if (!IsKeyword(Current, "in"))
        {
            Error(keyword, $"Error while parsing {name} statement: Expecting 'in' word instead of `{Text(Current)}` in: {syntax}");
            SkipBlockAfterHeaderError(keyword, name, syntax);
            return null;
        }

        Next();
        var iterator = ParseHeaderExpression(name, syntax, forHeader: true);
        ScriptExpression? limit = null, offset = null, columns = null;
        var reversed = false;
        while (Current.Kind == TokenKind.Identifier)
        {
            var option = Text(Current);
            if (option == "reversed")
            {
                Next();
                reversed = true;
                continue;
            }

            if (PeekToken().Kind != TokenKind.Colon || option is not ("limit" or "offset" or "cols"))
            {
                break;
            }

            Next();
            Next();
            var value = ParseArgument();
            switch (option)
            {
                case "limit": limit = value; break;
                case "offset": offset = value; break;
                default: columns = value; break;
            }
        }

        ExpectEndOfStatement();
        var body = ParseBody(BlockKind.Block, name, syntax, keyword, allowElse: !isTableRow, out var terminator);
        BlockStatement? otherwise = null;
        if (IsKeyword(terminator, "else"))
        {
            Next();
            ExpectEndOfStatement();
            otherwise = ParseBody(BlockKind.Else, name, syntax, keyword, allowElse: false, out terminator);
        }

        if (IsKeyword(terminator, "end"))
        {
            Next();
            ExpectEndOfStatement();
        }

        return new ForStatement(Span(keyword.Start), variable, iterator, new ForOptions(limit, offset, reversed, columns), body, otherwise, isTableRow);
    }

    private ScriptExpression ParseHeaderExpression(string statementName, string syntax, bool forHeader)
    {
        var saved = _inForHeader;
        _inForHeader = forHeader;
        try
        {
            return ParseHeaderExpression(statementName, syntax);
        }
        finally
        {
            _inForHeader = saved;
        }
    }

    /// <summary>After a broken block header, reads past the block so its <c>end</c> does not confuse what follows.</summary>
    private void SkipBlockAfterHeaderError(Token keyword, string name, string syntax)
    {
        SkipToEndOfStatement();
        var before = _messages.Count;
        ParseBody(BlockKind.Block, name, syntax, keyword, allowElse: true, out var terminator);
        if (IsKeyword(terminator, "else"))
        {
            Next();
            ParseBody(BlockKind.Else, name, syntax, keyword, allowElse: false, out terminator);
        }

        if (IsKeyword(terminator, "end"))
        {
            Next();
            ExpectEndOfStatement();
        }

        _ = before;
    }

    private WhileStatement ParseWhile()
    {
        const string syntax = "while <expression> ... end";
        var keyword = Next();
        var condition = ParseHeaderExpression("while", syntax);
        ExpectEndOfStatement();
        var body = ParseBody(BlockKind.Block, "while", syntax, keyword, allowElse: false, out var terminator);
        if (IsKeyword(terminator, "end"))
        {
            Next();
            ExpectEndOfStatement();
        }

        return new WhileStatement(Span(keyword.Start), condition, body);
    }

    private CaseStatement ParseCase()
    {
        const string syntax = "case <expression> ... when <expression> ... end|else";
        var keyword = Next();
        var value = ParseHeaderExpression("case", syntax);
        ExpectEndOfStatement();
        var whens = new List<WhenClause>();
        BlockStatement? otherwise = null;
        while (true)
        {
            var token = Current;
            if (token.Kind is TokenKind.CodeEnter or TokenKind.CodeExit or TokenKind.NewLine or TokenKind.SemiColon
                || (token.Kind == TokenKind.Raw && string.IsNullOrWhiteSpace(token.Value)))
            {
                Next();
                continue;
            }

            if (token.Kind == TokenKind.Eof)
            {
                Error(_index > 0 ? _tokens[_index - 1] : keyword, $"Error while parsing case statement: The <end> statement was not found in: {syntax}");
                break;
            }

            if (IsKeyword(token, "end"))
            {
                Next();
                ExpectEndOfStatement();
                break;
            }

            if (IsKeyword(token, "when"))
            {
                Next();
                var values = new List<ScriptExpression>();
                do
                {
                    values.Add(ParseHeaderExpression("when", "when <expression> ... end"));
                }
                while (Current.Kind == TokenKind.Comma && Next().Kind == TokenKind.Comma);

                ExpectEndOfStatement();
                var body = ParseBody(BlockKind.Case, "when", "when <expression> ... end", token, allowElse: false, out var terminator);
                whens.Add(new WhenClause(values, body));
                if (terminator.Kind == TokenKind.Eof)
                {
                    break;
                }

                continue;
            }

            if (IsKeyword(token, "else"))
            {
                if (whens.Count == 0)
                {
                    Error(token, "A else condition must be preceded by another if/else/when condition or a for loop.");
                }

                Next();
                ExpectEndOfStatement();
                otherwise = ParseBody(BlockKind.Else, "case", syntax, keyword, allowElse: false, out var terminator);
                if (IsKeyword(terminator, "end"))
                {
                    Next();
                    ExpectEndOfStatement();
                }

                break;
            }

            Error(token, $"Unexpected statement/expression `{Text(token)}` in the body of a `case` statement. Only `when`/`else` are expected.");
            if (token.Kind is TokenKind.Raw or TokenKind.Escape)
            {
                Next();
            }
            else
            {
                ParseStatement();
            }
        }

        return new CaseStatement(Span(keyword.Start), value, whens, otherwise);
    }

    private FunctionStatement? ParseFunction()
    {
        const string syntax = "func <variable> ... end";
        var keyword = Next();
        var nameToken = Current;
        if (nameToken.Kind is not (TokenKind.Identifier or TokenKind.LocalIdentifier))
        {
            Error(nameToken, $"Error while parsing function statement: Expecting a function name instead of `{Text(nameToken)}` in: {syntax}");
            SkipBlockAfterHeaderError(keyword, "function", syntax);
            return null;
        }

        Next();
        var name = VariableFromToken(nameToken);
        List<FunctionParameter>? parameters = null;
        if (Current.Kind == TokenKind.OpenParen && !Current.SpaceBefore)
        {
            parameters = ParseParameters();
        }

        if (!IsEndOfStatement(Current))
        {
            // A function name must be a plain variable: give up on this block rather than guess where it ends.
            ExpectEndOfStatement();
            Error(nameToken, $"Error while parsing function statement: The <end> statement was not found in: {syntax}");
            while (Current.Kind != TokenKind.Eof)
            {
                Next();
            }

            return null;
        }

        ExpectEndOfStatement();
        var body = ParseFunctionBody("function", syntax, keyword);
        ExpectEndOfStatement();
        return new FunctionStatement(Span(keyword.Start), name, new ScriptFunction(name.Name, parameters, body));
    }

    private BlockStatement ParseFunctionBody(string statementName, string syntax, Token keyword)
    {
        var savedSkip = _newLinesSkipped;
        _newLinesSkipped = 0;
        try
        {
            var body = ParseBody(BlockKind.Block, statementName, syntax, keyword, allowElse: false, out var terminator);
            if (IsKeyword(terminator, "end"))
            {
                Next();
            }

            return body;
        }
        finally
        {
            _newLinesSkipped = savedSkip;
        }
    }

    private List<FunctionParameter> ParseParameters()
    {
        Next();
        var parameters = new List<FunctionParameter>();
        var seenOptional = false;
        var seenVariadic = false;
        _newLinesSkipped++;
        try
        {
            while (Current.Kind != TokenKind.CloseParen)
            {
                var token = Current;
                if (token.Kind is not (TokenKind.Identifier or TokenKind.LocalIdentifier))
                {
                    Error(token, $"Expecting a parameter name instead of `{Text(token)}`");
                    break;
                }

                Next();
                var name = Text(token).TrimStart('$');
                ScriptExpression? defaultValue = null;
                var variadic = false;
                if (Current.Kind == TokenKind.TripleDot)
                {
                    Next();
                    variadic = true;
                }
                else if (Current.Kind == TokenKind.Equal)
                {
                    Next();
                    defaultValue = ParseExpression(allowAssign: false, context: "");
                }

                if (seenVariadic)
                {
                    Error(token, defaultValue is null
                        ? "Cannot declare a normal parameter after an optional parameter."
                        : "Cannot declare an optional parameter after a variable parameter (`...`).");
                }
                else if (seenOptional && defaultValue is null && !variadic)
                {
                    Error(token, "Cannot declare a normal parameter after an optional parameter.");
                }

                seenOptional |= defaultValue is not null;
                seenVariadic |= variadic;
                parameters.Add(new FunctionParameter(name, defaultValue, variadic));
                if (Current.Kind == TokenKind.Comma)
                {
                    Next();
                }
                else if (Current.Kind != TokenKind.CloseParen)
                {
                    Error(Current, $"Invalid token `{Text(Current)}`. Expecting a closing `)`.");
                    break;
                }
            }
        }
        finally
        {
            _newLinesSkipped--;
        }

        if (Current.Kind == TokenKind.CloseParen)
        {
            Next();
        }

        return parameters;
    }

    private ReturnStatement ParseReturn()
    {
        var keyword = Next();
        ScriptExpression? value = null;
        if (!IsEndOfStatement(Current) && CanStartExpression(Current))
        {
            value = ParseExpression(allowAssign: false, context: "");
        }

        ExpectEndOfStatement();
        return new ReturnStatement(Span(keyword.Start), value);
    }

    private CaptureStatement ParseCapture()
    {
        const string syntax = "capture <variable> ... end";
        var keyword = Next();
        var target = ParseHeaderExpression("capture", syntax);
        ExpectEndOfStatement();
        var body = ParseBody(BlockKind.Block, "capture", syntax, keyword, allowElse: false, out var terminator);
        if (IsKeyword(terminator, "end"))
        {
            Next();
            ExpectEndOfStatement();
        }

        return new CaptureStatement(Span(keyword.Start), target, body);
    }

    private WithStatement ParseWith()
    {
        const string syntax = "with <variable> ... end";
        var keyword = Next();
        var target = ParseHeaderExpression("with", syntax);
        ExpectEndOfStatement();
        var body = ParseBody(BlockKind.Block, "with", syntax, keyword, allowElse: false, out var terminator);
        if (IsKeyword(terminator, "end"))
        {
            Next();
            ExpectEndOfStatement();
        }

        return new WithStatement(Span(keyword.Start), target, body);
    }

    private WrapStatement ParseWrap()
    {
        const string syntax = "wrap <function_call> ... end";
        var keyword = Next();
        var call = ParseHeaderExpression("wrap", syntax);
        ExpectEndOfStatement();
        var body = ParseBody(BlockKind.Block, "wrap", syntax, keyword, allowElse: false, out var terminator);
        if (IsKeyword(terminator, "end"))
        {
            Next();
            ExpectEndOfStatement();
        }

        return new WrapStatement(Span(keyword.Start), call, body);
    }

    private ReadOnlyStatement? ParseReadOnly()
    {
        var keyword = Next();
        var token = Current;
        if (token.Kind is not (TokenKind.Identifier or TokenKind.LocalIdentifier))
        {
            Error(token, $"Error while parsing readonly statement: Expecting a variable instead of `{Text(token)}` in: readonly <variable>");
            SkipToEndOfStatement();
            return null;
        }

        Next();
        ExpectEndOfStatement();
        return new ReadOnlyStatement(Span(keyword.Start), VariableFromToken(token));
    }

    private ImportStatement ParseImport()
    {
        var keyword = Next();
        var source = ParseHeaderExpression("import", "import <expression>");
        ExpectEndOfStatement();
        return new ImportStatement(Span(keyword.Start), source);
    }

    private VariableExpression VariableFromToken(Token token) =>
        new(SpanOf(token), token.Kind == TokenKind.LocalIdentifier ? Text(token)[1..] : Text(token), token.Kind == TokenKind.LocalIdentifier);

    private void CheckLoopVariable(Token loopToken, string member)
    {
        var loop = Text(loopToken);
        var valid = loop == "while" ? WhileVariables : ForVariables;
        if (valid.Contains(member))
        {
            return;
        }

        Error(loopToken, loop == "while" && ForVariables.Contains(member)
            ? $"The loop variable <{loop}.{member}> is invalid"
            : $"The loop variable <{loop}.{member}> is not supported");
    }
}
