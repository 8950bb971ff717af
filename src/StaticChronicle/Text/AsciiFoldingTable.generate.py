# Writes AsciiFoldingTable.cs from Python's Unicode data: python3 AsciiFoldingTable.generate.py (run from anywhere).
import unicodedata as u
entries=[]
multi=[]
for cp in range(0x80, 0x110000):
    if 0xD800<=cp<=0xDFFF: continue
    c=chr(cp)
    if u.category(c)=='Cn': continue
    d=u.normalize('NFD',c)
    s=''.join(ch for ch in d if u.category(ch)!='Mn')
    s=s.replace('đ','d').replace('Đ','D')
    r=u.normalize('NFC',s)
    if r!=c:
        if u.category(c)=='Mn': continue
        entries.append((cp,r))
        if len(r)!=1: multi.append((hex(cp),r))
#print(len(entries), len(multi), multi[:20])
#print(sum(1 for cp,r in entries if cp>0xFFFF), sum(1 for cp,r in entries if ord(r[0])>0xFFFF if len(r)==1))

def esc(s):
    out=''
    for ch in s:
        cp=ord(ch)
        if 0x20<=cp<0x7f and ch not in '"\\': out+=ch
        elif cp>0xFFFF: out+='\\U%08X'%cp
        else: out+='\\u%04X'%cp
    return out
parts=[esc(chr(cp)+r)+'\\u0001' for cp,r in entries]
lines=[]
cur=''
for p in parts:
    if len(cur)+len(p)>100:
        lines.append(cur); cur=''
    cur+=p
lines.append(cur)
body='\n'.join('        "%s"%s'%(l, ' +' if i<len(lines)-1 else ';') for i,l in enumerate(lines))
src='''namespace StaticChronicle.Text;

/// <summary>
/// What each character folds to: its canonical decomposition (Unicode, NFD) without its non-spacing marks, composed
/// again, for every character where that differs from the character (Ệ → E, ǘ → u, Å → A, đ → d). Generated once from
/// the Unicode data (Unicode %s) so that folding never asks ICU, which a globalization-invariant .NET does not have.
/// </summary>
internal static class AsciiFoldingTable
{
    /// <summary>Entries of a character followed by what it folds to, each ended by U+0001.</summary>
    public const string Entries =
%s
}
''' % (u.unidata_version, body)
open(__import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), 'AsciiFoldingTable.cs'),'w').write(src)
