// demo/compare.html: compares the adult community and crisis templates, then the community role with
// a revision of it. The two templates come from two <psw-role-document template> elements (the
// bundle loads templates lazily); their `value` is read once they have loaded it.
const whenLoaded = async (wrapper) => {
  await customElements.whenDefined('psw-role-document');
  await wrapper.updateComplete;
  return wrapper.value;
};

const [community, crisis] = await Promise.all(['community', 'crisis'].map((id) => whenLoaded(document.getElementById(id))));
const templates = document.getElementById('templates');
templates.before = community;
templates.after = crisis;

// A reviewer's revision of the community role: a new object (documents are never changed in place).
const revision = structuredClone(community);
const groups = revision.duties.findIndex((d) => /group/i.test(d.title) && d.kind === 'flexible');
if (groups >= 0) {
  const { flexibility: _bounds, ...duty } = revision.duties[groups];
  revision.duties[groups] = { ...duty, kind: 'core' };
}
revision.duties.unshift(revision.duties.pop());
revision.employment = { ...revision.employment, band: '4' };
revision.boundaries = revision.boundaries.map((b) => (b.topic === 'self-disclosure'
  ? { ...b, position: 'The peer support worker decides what to share and when, keeps it brief and purposeful, and talks it through in supervision.' }
  : b));
const versions = document.getElementById('versions');
versions.before = community;
versions.after = revision;
