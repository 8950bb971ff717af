using System.Collections;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Syntax;

/// <summary><c>for x in items limit: n offset: n reversed</c> … <c>else</c> … <c>end</c>, and <c>tablerow</c> (with <c>cols:</c>).</summary>
internal sealed class ForStatement : ScriptStatement
{
    private readonly VariableExpression _variable;
    private readonly ScriptExpression _iterator;
    private readonly ForOptions _options;
    private readonly BlockStatement _body;
    private readonly BlockStatement? _otherwise;
    private readonly bool _isTableRow;

    public ForStatement(SourceSpan span, VariableExpression variable, ScriptExpression iterator, ForOptions options, BlockStatement body, BlockStatement? otherwise, bool isTableRow)
        : base(span)
    {
        _variable = variable;
        _iterator = iterator;
        _options = options;
        _body = body;
        _otherwise = otherwise;
        _isTableRow = isTableRow;
    }

    public override void Execute(TemplateContext context)
    {
        var source = context.Evaluate(_iterator);

        // A .NET list is read in place; anything else (a template array the body might change, a lazy sequence) is copied first.
        var items = source is IList list and not ScriptArray ? list : Materialize(context, source);
        var start = 0;
        var count = items.Count;
        if (_options.Offset is { } offsetExpression)
        {
            var offset = ScriptValues.ToInt(context, context.Evaluate(offsetExpression), offsetExpression.Span);
            start = Math.Clamp(offset, 0, count);
            count -= start;
        }

        if (_options.Limit is { } limitExpression)
        {
            var limit = ScriptValues.ToInt(context, context.Evaluate(limitExpression), limitExpression.Span);
            count = Math.Min(count, Math.Max(0, limit));
        }

        var columns = 0;
        if (_isTableRow)
        {
            columns = _options.Columns is { } colsExpression ? ScriptValues.ToInt(context, context.Evaluate(colsExpression), colsExpression.Span) : 0;
            columns = Math.Max(1, columns);
        }

        if (count == 0)
        {
            _otherwise?.Execute(context);
            return;
        }

        var state = new LoopState(count) { HasItems = true };
        var scope = context.PushLoop(_isTableRow ? "tablerow" : "for", _variable, state);
        try
        {
            for (var i = 0; i < count; i++)
            {
                scope.Step(context, Span);
                var item = items[_options.Reversed ? start + count - 1 - i : start + i];
                state.Index = i;
                state.Previous = state.Current;
                state.Current = item;
                scope.SetVariable(context, item);
                if (_isTableRow)
                {
                    var column = i % columns;
                    if (column == 0)
                    {
                        context.Write($"<tr class=\"row{(i / columns) + 1}\">");
                    }

                    context.Write($"<td class=\"col{column + 1}\">");
                    _body.Execute(context);
                    context.Write("</td>");
                    if (column == columns - 1 || i == count - 1)
                    {
                        context.Write("</tr>");
                        context.Write(context.NewLine);
                    }
                }
                else
                {
                    _body.Execute(context);
                }

                if (context.Flow == FlowState.Break)
                {
                    context.Flow = FlowState.None;
                    break;
                }

                if (context.Flow == FlowState.Continue)
                {
                    context.Flow = FlowState.None;
                }
                else if (context.Flow == FlowState.Return)
                {
                    break;
                }
            }
        }
        finally
        {
            context.PopLoop(scope);
        }
    }

    private static List<object?> Materialize(TemplateContext context, object? source)
    {
        var list = new List<object?>();
        switch (source)
        {
            case null:
                return list;
            case string:
                list.Add(source);
                return list;
            case ScriptObject scriptObject:
                foreach (var pair in scriptObject)
                {
                    list.Add(pair);
                }

                return list;
            case IEnumerable enumerable:
                foreach (var item in enumerable)
                {
                    list.Add(item);
                }

                return list;
            default:
                _ = context;
                list.Add(source);
                return list;
        }
    }
}
