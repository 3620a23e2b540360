namespace Keygen.Emulator.Model;

/// <summary>A resource that belongs to one product; product-scoped webhook endpoints only hear about those.</summary>
internal interface IProductScoped
{
    Product Product { get; }
}
